// Small helpers for writing measures compactly.

/** Evaluation on the seven REGIN criteria, in their canonical order, each 1–5. */
export const ev = (
  communication,
  inclusion,
  innovation,
  multiLevelGovernance,
  multiStakeholder,
  monitoringEvaluation,
  sustainability,
) => ({
  communication,
  inclusion,
  innovation,
  multiLevelGovernance,
  multiStakeholder,
  monitoringEvaluation,
  sustainability,
});

/** A budget in euros. */
export const eur = (amount) => ({ amount, currency: 'EUR' });

/** Gives every measure of a list its region, keeping the feed's field order. */
export const inRegion = (region, list) =>
  list.map(({ id, ...rest }) => ({ id, region: rest.region ?? region, ...rest, stakeholders: rest.stakeholders ?? [] }));
