import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas, api } from '../../../api/client';
import { unwrap } from '../../../api/problem';

export type CalendarYear = Schemas['CalendarYear'];
export type CalendarYearInput = Schemas['CalendarYearInput'];

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'years', year] as const,
};

export const useCalendarYears = () => useQuery({ queryKey: calendarKeys.years, queryFn: () => unwrap(api.GET('/api/v1/calendar/years')) });

/** A covered year as stored; a year not yet covered is not asked for. */
export const useCalendarYear = (year: number, covered: boolean) =>
  useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: () => unwrap(api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } })),
    enabled: covered,
  });

/** After a year changed: the list, the year and the process view's coverage warning are read again. */
function useYearChanged() {
  const client = useQueryClient();
  return (saved: CalendarYear) => {
    client.setQueryData(calendarKeys.year(saved.year), saved);
    void client.invalidateQueries({ queryKey: calendarKeys.years });
    void client.invalidateQueries({ queryKey: ['process'] });
  };
}

export function useSaveYear(year: number) {
  const changed = useYearChanged();
  return useMutation({
    mutationFn: (body: CalendarYearInput) => unwrap(api.PUT('/api/v1/calendar/years/{year}', { params: { path: { year } }, body })),
    onSuccess: changed,
  });
}

/** Sends an iCalendar file as it is, for the server to read. */
export function useImportIcs(year: number) {
  const changed = useYearChanged();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        api.POST('/api/v1/calendar/years/{year}/ics', {
          params: { path: { year } },
          body: await file.text(),
          bodySerializer: (text: string) => text,
          headers: { 'Content-Type': 'text/calendar' },
        }),
      ),
    onSuccess: changed,
  });
}
