/**
 * Lanes (docs/design.md §4). With `inherit`, a party's cell draws candidates from lanes: lane 0 holds the
 * party's own statements; lane `i` (from 1) holds the statements of its `i`-th bloc, its blocs taken in the
 * vocabulary's order of parties (`Vocabulary.blocsOf`). Without `inherit` there is only lane 0.
 *
 * A statement can reach a cell through several lanes (a joint statement of the party and a bloc, or of two
 * of its blocs). It counts once, through the first of them (the tie rule between blocs): its evidence says
 * `via` that lane's bloc, and nothing for lane 0.
 *
 * @example
 * OWN_LANE; //=> 0
 */
export const OWN_LANE = 0;

/**
 * The lane of a bloc's statements in the cell of one of its members.
 *
 * @param blocs the member's blocs, in the vocabulary's order of parties
 * @example
 * laneOfBloc(['european-allies', 'coalition'], 'coalition'); //=> 2
 */
export function laneOfBloc(blocs: readonly string[], bloc: string): number {
  return 1 + blocs.indexOf(bloc);
}

/**
 * The bloc a lane stands for, `undefined` for the party's own lane: what the evidence says as `via`.
 *
 * @param blocs the member's blocs, in the vocabulary's order of parties
 * @example
 * viaOfLane(['european-allies', 'coalition'], 1); //=> 'european-allies'
 * viaOfLane(['european-allies'], OWN_LANE); //=> undefined
 */
export function viaOfLane(blocs: readonly string[], lane: number): string | undefined {
  return lane === OWN_LANE ? undefined : blocs[lane - 1];
}

/**
 * Whether a candidate takes the place of the best one so far: it is greater in the candidate order, or it
 * is the same statement reached through an earlier lane.
 *
 * @param order the candidate order of the candidate against the best so far (`compareCandidates`)
 * @example
 * outranks(0, 1, 2); //=> true: the same statement, through the first bloc rather than the second
 * outranks(0, 2, 1); //=> false
 */
export function outranks(order: number, lane: number, bestLane: number): boolean {
  return order > 0 || (order === 0 && lane < bestLane);
}
