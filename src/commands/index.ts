import { castCommand } from "./cast";
import { completeCommand } from "./complete";
import { completionCommand } from "./completion";
import type { CommandSpec } from "./command";
import { goofsCommand } from "./goofs";
import { listCommand } from "./list";
import { personCommand } from "./person";
import { quotesCommand } from "./quotes";
import { reviewsCommand } from "./reviews";
import { searchCommand } from "./search";
import { showCommand } from "./show";
import { triviaCommand } from "./trivia";
import { validateCommand } from "./validate";

/** Every command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  showCommand, searchCommand, listCommand, personCommand, castCommand, triviaCommand, quotesCommand, goofsCommand, reviewsCommand, validateCommand, completionCommand, completeCommand,
];
