import deJongGierveld11 from '../../../resources/scales/de-jong-gierveld-11.json' with { type: 'json' };
import deJongGierveld6 from '../../../resources/scales/de-jong-gierveld-6.json' with { type: 'json' };
import ucla3 from '../../../resources/scales/ucla-3.json' with { type: 'json' };
import { scaleDefinitionSchema, type ScaleDefinition } from './scale-definition';

/**
 * The scales Verbind ships, validated when this module loads: a broken file stops the app at
 * start (and fails the tests) instead of scoring wrongly. PSS items are not shipped (licence).
 */
export const builtinScaleIds = ['de-jong-gierveld-11', 'de-jong-gierveld-6', 'ucla-3'] as const;
export type BuiltinScaleId = (typeof builtinScaleIds)[number];

function load(expectedId: BuiltinScaleId, raw: unknown): ScaleDefinition {
  const parsed = scaleDefinitionSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new Error(`resources/scales/${expectedId}.json is not a valid scale definition: ${details}`);
  }
  if (parsed.data.id !== expectedId) {
    throw new Error(`resources/scales/${expectedId}.json declares the id '${parsed.data.id}'`);
  }
  return parsed.data;
}

export const builtinScales: Readonly<Record<BuiltinScaleId, ScaleDefinition>> = Object.freeze({
  'de-jong-gierveld-11': load('de-jong-gierveld-11', deJongGierveld11),
  'de-jong-gierveld-6': load('de-jong-gierveld-6', deJongGierveld6),
  'ucla-3': load('ucla-3', ucla3),
});

export function isBuiltinScaleId(id: string): id is BuiltinScaleId {
  return (builtinScaleIds as readonly string[]).includes(id);
}
