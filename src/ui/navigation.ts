import { createContext, useContext } from 'react';

/** The pane's tabs. */
export type Panel = 'scaffold' | 'import' | 'calendar' | 'check' | 'consolidate';

/** The steps of Tổng hợp, in order. */
export type ConsolidateStep = 'forms' | 'members' | 'consolidate' | 'report';

export interface Navigation {
  /** Opens a tab (and, in Tổng hợp, one of its steps): the way out an error message offers. */
  goTo(panel: Panel, step?: ConsolidateStep): void;
  /** Shows a sheet of the open workbook (Excel only). */
  showSheet?(sheet: string): Promise<void>;
}

export const NavigationContext = createContext<Navigation>({ goTo: () => undefined });

export const useNavigation = () => useContext(NavigationContext);
