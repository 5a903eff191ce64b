import { castCommand } from "./commands/cast";
import { completeCommand } from "./commands/internalComplete";
import { completionCommand } from "./commands/completion";
import type { CommandSpec } from "./command";
import { goofsCommand } from "./commands/goofs";
import { importCommand } from "./commands/import";
import { libraryCommand } from "./commands/library";
import { listCommand } from "./commands/list";
import { personCommand } from "./commands/person";
import { quotesCommand } from "./commands/quotes";
import { reviewsCommand } from "./commands/reviews";
import { searchCommand } from "./commands/search";
import { showCommand } from "./commands/show";
import { triviaCommand } from "./commands/trivia";
import { validateCommand } from "./commands/validate";

/**
 * Every command, in the order help lists them. No command imports this list: the one that describes
 * the program (completion) is handed it through its context (CommandContext.program).
 */
export const COMMANDS: readonly CommandSpec[] = [
  showCommand, searchCommand, listCommand, personCommand, castCommand, triviaCommand, quotesCommand, goofsCommand, reviewsCommand, validateCommand, importCommand, libraryCommand, completionCommand, completeCommand,
];
