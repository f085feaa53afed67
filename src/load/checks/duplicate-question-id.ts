// A later report answers a question by its id, so two questions of one review with the same id
// would make the answer ambiguous.
import { diagnostic } from "../diagnostics.ts";
import type { ReviewCheck } from "./types.ts";

export const duplicateQuestionId: ReviewCheck = ({ data, file, locator }) => {
  const first = new Map<string, number>();
  return (data.questions ?? []).flatMap((question, index) => {
    if (!question?.id) return [];
    const earlier = first.get(question.id);
    if (earlier === undefined) {
      first.set(question.id, index);
      return [];
    }
    return [
      diagnostic("duplicate-question-id", file, {
        ...locator.value(["questions", index, "id"]),
        field: `questions[${index}].id`,
        message: `The question id ${JSON.stringify(question.id)} is used by questions[${earlier}] too.`,
        expected: "an id unique within the review",
        found: JSON.stringify(question.id),
      }),
    ];
  });
};
