import type { ServiceFormat, ServiceKind, ServicePhase } from '../../main/api/api-types';
import { serviceFormats, serviceKinds, servicePhases } from '../../main/domain/directory/service-kinds';

// The lists live in a zod-free domain module (the schemas are not for the renderer); re-exported here.
export { serviceFormats, serviceKinds, servicePhases };

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export const isServiceKind = (value: string): value is ServiceKind => isOneOf(serviceKinds, value);
export const isServiceFormat = (value: string): value is ServiceFormat => isOneOf(serviceFormats, value);
export const isServicePhase = (value: string): value is ServicePhase => isOneOf(servicePhases, value);
