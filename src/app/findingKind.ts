import { RULES } from '../domain/validation/rules';
import type { Lang } from './outcomeText';

/**
 * What kind of problem a finding's code names ("Mẫu báo cáo chưa điền số liệu"), to head a group of
 * them; "" when unknown. Apart from outcomeText: the rule list is long and only the result panels need it.
 */
export function findingKind(code: string, lang: Lang): string {
  return (RULES as Record<string, { vi: string; en: string } | undefined>)[code]?.[lang] ?? '';
}
