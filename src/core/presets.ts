/**
 * Configuration presets shipped with the tool, named in `extends` as `xinxi:preset/<名称>`. Each is a YAML file in
 * presets/ (documented there, turned into data at build time like rules/data/), so an office sees exactly what it
 * inherits and overrides single entries in its own .xinxirc. Nothing here applies unless a config names it.
 */
import adoptionScoring from '../../presets/adoption-scoring.yaml';
import type { RawConfig } from './config.js';

const PREFIX = 'xinxi:preset/';

interface Preset {
  /** Shown as the "file" of problems and in `files`. */
  file: string;
  data: RawConfig;
  names: string[];
}

const PRESETS: Preset[] = [{ file: `${PREFIX}采用计分`, data: adoptionScoring as RawConfig, names: ['采用计分', 'adoption-scoring'] }];

/** Every preset's name as `extends` takes it. */
export const PRESET_NAMES = PRESETS.map((p) => p.file);

/**
 * What an `extends` target names: undefined for a file path, a preset, or `unknown` for a `xinxi:` name that is no
 * preset (the caller says so).
 */
export function builtinPreset(target: string): { file: string; data: RawConfig } | { unknown: string } | undefined {
  const t = target.trim();
  if (!/^xinxi:/i.test(t)) return undefined;
  const name = t.slice(PREFIX.length).trim();
  const preset = t.toLowerCase().startsWith(PREFIX) ? PRESETS.find((p) => p.names.includes(name) || p.names.includes(name.toLowerCase())) : undefined;
  return preset ? { file: preset.file, data: preset.data } : { unknown: t };
}
