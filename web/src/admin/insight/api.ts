import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZHiresList, ZHiresYear, apiPaths, insightPanelSchemas, type HiresYear, type InsightPanel, type InsightPanels, type Range } from '@alumni/shared';
import { request } from '../../api/client';

const insightKey = ['admin', 'insight'] as const;

export function usePanel<P extends InsightPanel>(panel: P, range: Range) {
  return useQuery(
    queryOptions({
      queryKey: [...insightKey, panel, range.from, range.to],
      queryFn: ({ signal }) => request(apiPaths.adminInsight(panel), { query: { from: range.from, to: range.to }, schema: insightPanelSchemas[panel], signal }) as Promise<InsightPanels[P]>,
    }),
  );
}

/** The CSV of a panel for the range; the browser downloads it with the session cookie. */
export const exportUrl = (panel: InsightPanel, range: Range): string =>
  `${apiPaths.adminInsightExport(panel)}?${new URLSearchParams({ from: range.from, to: range.to }).toString()}`;

export const useHires = () =>
  useQuery(queryOptions({ queryKey: [...insightKey, 'hires'], queryFn: ({ signal }) => request(apiPaths.adminInsightHires, { schema: ZHiresList, signal }) }));

export function useSaveHires() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HiresYear) => request(apiPaths.adminInsightHires, { method: 'PUT', body, bodySchema: ZHiresYear, schema: ZHiresList }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: insightKey });
    },
  });
}
