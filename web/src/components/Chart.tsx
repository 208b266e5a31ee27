import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export type ChartClick = { dataIndex: number; seriesIndex?: number; name: string };

/**
 * An ECharts chart: made on mount, given each new option, sized with its box, disposed on unmount.
 * A canvas says nothing to a screen reader, so `summary` says in words what it shows.
 */
export function Chart({ option, summary, onClick, style }: { option: ChartOption; summary: string; onClick?: (e: ChartClick) => void; style?: CSSProperties }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const instance = echarts.init(box.current!);
    chart.current = instance;
    instance.on('click', (e) => click.current?.({ dataIndex: e.dataIndex, seriesIndex: e.seriesIndex, name: e.name }));
    const sizer = new ResizeObserver(() => instance.resize());
    sizer.observe(box.current!);
    return () => {
      sizer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={summary} style={{ width: '100%', height: 280, ...style }} />;
}
