#pragma once

#include <QString>
#include <QStringList>

namespace astro {

// Totals per UTC day kept beside the history, so the back office reads a year as hundreds of
// rows instead of hundreds of thousands:
//   punch_days       units punched      by day, location, program
//   reward_days      cards completed    by day, location, program
//   redemption_days  free items given   by day, location, program, manufacturer, offer or not,
//                                       distributor ('' direct) and credit status
// Only what counts is in them: punches not voided of scans not voided, rewards not taken back,
// redemptions not undone. Triggers keep them in the same transaction as each change, whoever
// writes (the counter, the sync, the POS bridge, the CLI), so they can never drift; a row may
// fall back to zero and stay.
namespace DailyTotals {

// The migration that makes the tables, fills them from the history and adds the triggers.
QStringList migration();
// Empties the tables and adds the history up into them again: for a bulk load that set the
// triggers aside (astro-bench's generator).
QStringList rebuild();

// Where a reward was earned: the location of the scan whose punch completed the card (the
// punch of that customer and card at the reward's earned_at). `reward` names the rewards row.
QString rewardLocationSql(const QString& reward);

} // namespace DailyTotals

} // namespace astro
