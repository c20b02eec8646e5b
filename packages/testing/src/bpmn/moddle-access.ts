import type { ModdleElement } from 'bpmn-moddle';

/** A moddle list property as an array (absent → empty). */
export function list(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

/** A non-empty string attribute, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The extension elements of a BPMN element. */
export function extensions(el: ModdleElement): ModdleElement[] {
  const ext = el.extensionElements as ModdleElement | undefined;
  return ext === undefined ? [] : list(ext.values);
}

/** The first extension element of a type (`zeebe:TaskDefinition`, …). */
export function extension(el: ModdleElement, type: string): ModdleElement | undefined {
  return extensions(el).find((e) => e.$type === type);
}
