import type { MeasureService } from '../../services/measures/measure-service';
import type { Handlers } from '../dispatcher';

type MeasureCalls = 'measures.scales' | 'measures.list' | 'measures.record' | 'measures.delete' | 'measures.series' | 'measures.caseloadChange';

export function measureHandlers(measures: () => MeasureService): Pick<Handlers, MeasureCalls> {
  return {
    'measures.scales': async () => measures().scales(),
    'measures.list': async ({ clientId }) => measures().list(clientId),
    'measures.record': async ({ clientId, ...input }) => measures().record(clientId, input),
    'measures.delete': async ({ clientId, measurementId }) => {
      await measures().remove(clientId, measurementId);
      return { deleted: true as const };
    },
    'measures.series': async ({ clientId, scaleId }) => measures().series(clientId, scaleId),
    'measures.caseloadChange': async ({ scaleId, from, to }) => measures().caseloadChange(scaleId, from, to),
  };
}
