import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useLocale } from '../../i18n/LocaleProvider';

/** The process definition in the screen's language (its labels and the calendar's warning are worded by the server). */
export function useProcessDefinition() {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['process', locale],
    queryFn: () => unwrap(api.GET('/api/v1/process', { params: { query: {} }, headers: { 'Accept-Language': locale } })),
    staleTime: Infinity,
  });
}
