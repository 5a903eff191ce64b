import type { CommanderError } from "commander";

/**
 * Whether commander threw this (an unknown command or option, a missing argument, help shown).
 * Known by its code, not its class, so that asking does not load commander, which a run loads only
 * for the command lines it reads (cli/program.ts).
 */
export const isCommanderError = (error: unknown): error is CommanderError =>
  error instanceof Error && typeof (error as Partial<CommanderError>).code === "string" && (error as CommanderError).code.startsWith("commander.");
