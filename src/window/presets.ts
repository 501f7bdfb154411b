import presetFile from '../../ingredients/treatment-windows.json';
import type { TreatmentType } from './keys';
import type { DepthBand, Preset, PresetFile, PresetId } from './preset-schema';

/**
 * The presets as shipped. Like the ingredient families, the JSON is validated against its schema
 * by the data test (`test/window/presets.test.ts`) rather than at run time.
 */
export const PRESETS: readonly Preset[] = (presetFile as PresetFile).presets;

/** The preset with this id. Throws for an id the shipped data does not have. */
export function presetById(id: PresetId): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new RangeError(`unknown preset "${id}"`);
  return preset;
}

/** The presets a patient can choose from for a treatment type, in data order. */
export function presetsForType(type: TreatmentType): readonly Preset[] {
  return PRESETS.filter((p) => p.type === type);
}

function inBand(band: DepthBand | undefined, depthMm: number): boolean {
  if (!band) return false;
  return (
    (band.aboveMm === null || depthMm > band.aboveMm) && (band.upToMm === null || depthMm <= band.upToMm)
  );
}

/**
 * The preset for a treatment: for microneedling with a known needle depth, the band that depth
 * falls in (≤ 0.5 mm superficial, up to 1.5 mm medical, deeper: deep); otherwise the type's
 * default preset. `depthMm` is ignored for other types.
 */
export function presetFor(type: TreatmentType, depthMm: number | null): Preset {
  const candidates = presetsForType(type);
  if (depthMm !== null && Number.isFinite(depthMm)) {
    const byDepth = candidates.find((p) => inBand(p.depthBand, depthMm));
    if (byDepth) return byDepth;
  }
  const fallback = candidates.find((p) => p.defaultForType === true);
  if (!fallback) throw new RangeError(`no default preset for "${type}"`);
  return fallback;
}
