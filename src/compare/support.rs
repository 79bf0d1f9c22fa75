//! Support and compatibility: which claims *state* a value and which only *allow* it.
//!
//! A claim that gives a figure ("1,400 km", "about 9,000") states a value; a bound ("over
//! 1,500"), a range ("five to seven") or a date of month precision only allows a span of
//! values. Clusters are built from stated values alone, so where a vague claim would fall
//! never decides what the clusters are; each vague claim is then listed as *compatible*
//! with every cluster it overlaps, and only vague claims that overlap no cluster form
//! clusters of their own. A cluster is labelled with the value its sources state best
//! (most independent origins, then most claims, then the most precise), and only claims
//! that state that value at their own precision count as its support. The outcome depends
//! on the set of claims only, never on the order of files or claims.

use crate::value::Interval;

/// One claim as the partition sees it.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// Stable key for ties (the claim id).
    pub id: &'a str,
    /// Every value the claim allows, in the subject's unit.
    pub allows: Interval,
    /// The figure the claim states, in the subject's unit; `None` for bounds and ranges.
    pub states: Option<f64>,
    /// Who the figure comes from, normalised (`None`: origin not stated).
    pub origin: Option<&'a str>,
    /// Derived from a relation between subjects: never a cluster's label while a claim a
    /// source made could be.
    pub derived: bool,
}

/// One cluster: indices into the items given to [`partition`].
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// What every claim that states a value in the cluster allows.
    pub common: Interval,
    /// The item whose stated value (or, in a cluster of vague claims, whose bound) labels
    /// the cluster.
    pub label: usize,
    /// Items that state the label's value at their own precision (the label included).
    pub support: Vec<usize>,
    /// Items in the cluster or overlapping it that do not support the label: vague claims
    /// and figures stated at another precision. A vague claim may be listed under several
    /// clusters.
    pub compatible: Vec<usize>,
}

/// Partitions one group's claims into clusters, in ascending order of value. There is more
/// than one cluster exactly when two of the claims cannot both be true.
pub fn partition(items: &[Item]) -> Vec<Plan> {
    let mut plans = by_stated_values(items);
    if plans.len() == 1 && !all_meet(items) {
        // Bounds that each fit the one figure but contradict each other ("under 97" and
        // "over 103" beside "about 100"): cluster every claim by what it allows instead.
        let all: Vec<usize> = (0..items.len()).collect();
        plans = sweep(items, &all)
            .into_iter()
            .map(|(common, members)| {
                let (stated, vague): (Vec<usize>, Vec<usize>) =
                    members.iter().partition(|&&i| items[i].states.is_some());
                if stated.is_empty() {
                    label_vague(items, common, vague)
                } else {
                    let mut plan = label_stated(items, common, stated);
                    plan.compatible.extend(vague);
                    plan
                }
            })
            .collect();
    }
    finish(items, plans)
}

/// Whether one value is allowed by every item.
fn all_meet(items: &[Item]) -> bool {
    let Some((first, rest)) = items.split_first() else {
        return true;
    };
    let mut common = first.allows;
    for item in rest {
        match common.intersect(&item.allows) {
            Some(meet) => common = meet,
            None => return false,
        }
    }
    true
}

/// Clusters of stated figures, each with the claims compatible with it; claims that fit no
/// figure form clusters of their own.
///
/// Figures are taken most precise first. Each joins the cluster whose figure it states at
/// its own precision (the nearest, when several), else is compatible with every cluster it
/// overlaps, else starts a cluster of its own. Bounds and ranges come last: compatible
/// with every cluster they overlap, and clustered among themselves when they fit none.
fn by_stated_values(items: &[Item]) -> Vec<Plan> {
    let (mut stated, vague): (Vec<usize>, Vec<usize>) =
        (0..items.len()).partition(|&i| items[i].states.is_some());
    stated.sort_by(|&a, &b| {
        items[a]
            .derived
            .cmp(&items[b].derived)
            .then(width(&items[a].allows).total_cmp(&width(&items[b].allows)))
            .then_with(|| order(items, a, b))
    });
    let mut plans: Vec<Plan> = Vec::new();
    let mut unplaced = Vec::new();
    for i in stated.into_iter().chain(vague) {
        if let Some(k) = home(items, &plans, i) {
            let plan = &mut plans[k];
            plan.common = plan
                .common
                .intersect(&items[i].allows)
                .expect("a supporter allows the cluster's figure");
            plan.support.push(i);
            continue;
        }
        let mut placed = false;
        for plan in plans
            .iter_mut()
            .filter(|p| p.common.overlaps(&items[i].allows))
        {
            plan.compatible.push(i);
            placed = true;
        }
        if placed {
            continue;
        }
        if items[i].states.is_some() {
            plans.push(Plan {
                common: items[i].allows,
                label: i,
                support: vec![i],
                compatible: Vec::new(),
            });
        } else {
            unplaced.push(i);
        }
    }
    plans.extend(
        sweep(items, &unplaced)
            .into_iter()
            .map(|(common, members)| label_vague(items, common, members)),
    );
    plans
}

/// The cluster whose figure item `i` states at its own precision: the nearest such figure.
fn home(items: &[Item], plans: &[Plan], i: usize) -> Option<usize> {
    let v = items[i].states?;
    plans
        .iter()
        .enumerate()
        .filter(|(_, p)| mutual(&items[i], &items[p.label]))
        .min_by(|(_, a), (_, b)| {
            let da = (items[a.label].states.unwrap_or(v) - v).abs();
            let db = (items[b.label].states.unwrap_or(v) - v).abs();
            da.total_cmp(&db)
                .then_with(|| order(items, a.label, b.label))
        })
        .map(|(k, _)| k)
}

/// Sorts each cluster's lists and the clusters themselves into the one canonical order.
fn finish(items: &[Item], mut plans: Vec<Plan>) -> Vec<Plan> {
    for plan in &mut plans {
        plan.support.sort_by(|&a, &b| order(items, a, b));
        plan.compatible.sort_by(|&a, &b| order(items, a, b));
        plan.compatible.dedup();
    }
    plans.sort_by(|a, b| {
        a.common
            .low
            .value
            .total_cmp(&b.common.low.value)
            .then(a.common.high.value.total_cmp(&b.common.high.value))
            .then_with(|| order(items, a.label, b.label))
    });
    plans
}

/// Items by the values they allow, then by id: the one order every step uses.
fn order(items: &[Item], a: usize, b: usize) -> std::cmp::Ordering {
    let (x, y) = (&items[a], &items[b]);
    x.allows
        .low
        .value
        .total_cmp(&y.allows.low.value)
        .then(x.allows.high.value.total_cmp(&y.allows.high.value))
        .then(x.id.cmp(y.id))
}

/// Groups items whose intervals all share a value, sweeping in ascending order: an item
/// joins the current cluster while it overlaps what every member allows.
fn sweep(items: &[Item], subset: &[usize]) -> Vec<(Interval, Vec<usize>)> {
    let mut sorted = subset.to_vec();
    sorted.sort_by(|&a, &b| order(items, a, b));
    let mut out: Vec<(Interval, Vec<usize>)> = Vec::new();
    for i in sorted {
        let joined = out.last_mut().and_then(|(common, members)| {
            let meet = common.intersect(&items[i].allows)?;
            *common = meet;
            members.push(i);
            Some(())
        });
        if joined.is_none() {
            out.push((items[i].allows, vec![i]));
        }
    }
    out
}

/// Whether `a` and `b` state one figure at their own precisions: each allows the other's
/// stated value.
fn mutual(a: &Item, b: &Item) -> bool {
    match (a.states, b.states) {
        (Some(x), Some(y)) => {
            a.allows.overlaps(&Interval::point(y)) && b.allows.overlaps(&Interval::point(x))
        }
        _ => false,
    }
}

fn width(iv: &Interval) -> f64 {
    iv.high.value - iv.low.value
}

/// Distinct origins among `members`, and how many state none.
pub fn origins<'a>(items: &'a [Item], members: &[usize]) -> (Vec<&'a str>, usize) {
    let mut named: Vec<&str> = members.iter().filter_map(|&i| items[i].origin).collect();
    named.sort_unstable();
    named.dedup();
    let unstated = members
        .iter()
        .filter(|&&i| items[i].origin.is_none())
        .count();
    (named, unstated)
}

/// How strongly `members` back a value: independent origins (a claim without an origin
/// counts as one of its own, after every named origin), then claims.
fn strength(items: &[Item], members: &[usize]) -> (usize, usize, usize) {
    let (named, unstated) = origins(items, members);
    (named.len() + unstated, named.len(), members.len())
}

/// Picks the best-supported stated value of a cluster of stated figures.
fn label_stated(items: &[Item], common: Interval, members: Vec<usize>) -> Plan {
    let supporters = |c: usize| -> Vec<usize> {
        members
            .iter()
            .copied()
            .filter(|&m| m == c || mutual(&items[m], &items[c]))
            .collect()
    };
    let best = members
        .iter()
        .copied()
        .max_by(|&a, &b| {
            items[b]
                .derived
                .cmp(&items[a].derived)
                .then_with(|| strength(items, &supporters(a)).cmp(&strength(items, &supporters(b))))
                // More precise first, then the smaller value, then the id: reversed
                // because max_by keeps the greatest.
                .then(width(&items[b].allows).total_cmp(&width(&items[a].allows)))
                .then_with(|| order(items, b, a))
        })
        .expect("a cluster has members");
    let support = {
        let mut s = supporters(best);
        s.sort_by(|&a, &b| order(items, a, b));
        s
    };
    let compatible = members
        .into_iter()
        .filter(|m| !support.contains(m))
        .collect();
    Plan {
        common,
        label: best,
        support,
        compatible,
    }
}

/// A cluster of vague claims only: labelled by its narrowest bound, supported by the
/// claims that allow exactly that span.
fn label_vague(items: &[Item], common: Interval, members: Vec<usize>) -> Plan {
    let best = members
        .iter()
        .copied()
        .min_by(|&a, &b| {
            items[a]
                .derived
                .cmp(&items[b].derived)
                .then(width(&items[a].allows).total_cmp(&width(&items[b].allows)))
                .then_with(|| order(items, a, b))
        })
        .expect("a cluster has members");
    let (support, compatible): (Vec<usize>, Vec<usize>) = members
        .into_iter()
        .partition(|&m| items[m].allows == items[best].allows);
    Plan {
        common,
        label: best,
        support,
        compatible,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Bound;

    fn stated(id: &'static str, v: f64, origin: Option<&'static str>) -> Item<'static> {
        Item {
            id,
            allows: Interval::point(v),
            states: Some(v),
            origin,
            derived: false,
        }
    }

    fn about(id: &'static str, v: f64, tol: f64) -> Item<'static> {
        Item {
            id,
            allows: Interval::closed(v - tol, v + tol),
            states: Some(v),
            origin: None,
            derived: false,
        }
    }

    fn over(id: &'static str, v: f64) -> Item<'static> {
        Item {
            id,
            allows: Interval {
                low: Bound {
                    value: v,
                    closed: false,
                },
                high: Bound {
                    value: f64::INFINITY,
                    closed: false,
                },
            },
            states: None,
            origin: None,
            derived: false,
        }
    }

    #[test]
    fn a_bound_is_compatible_but_never_support() {
        let items = [
            stated("a", 2208.0, None),
            over("b", 1500.0),
            stated("c", 2224.0, None),
        ];
        let plans = partition(&items);
        assert_eq!(plans.len(), 2);
        for p in &plans {
            assert_eq!(p.support.len(), 1);
            assert_eq!(
                p.compatible,
                vec![1],
                "the bound is listed under both figures"
            );
        }
    }

    #[test]
    fn vague_claims_that_fit_no_figure_form_their_own_cluster() {
        let items = [stated("a", 910.0, None), over("b", 1300.0)];
        let plans = partition(&items);
        assert_eq!(plans.len(), 2);
        assert_eq!(plans[1].label, 1);
        assert_eq!(plans[1].support, vec![1]);
    }

    #[test]
    fn an_approximate_figure_supports_the_figure_it_states() {
        let items = [
            about("a", 9000.0, 450.0),
            stated("b", 8900.0, Some("x")),
            stated("c", 9000.0, Some("y")),
            stated("d", 9000.0, Some("z")),
        ];
        let plans = partition(&items);
        assert_eq!(plans.len(), 2, "8,900 and 9,000 cannot both be true");
        assert_eq!(plans[0].support, vec![1]);
        assert_eq!(items[plans[1].label].states, Some(9000.0));
        assert_eq!(plans[1].support, vec![0, 2, 3], "about 9,000 states 9,000");
    }

    #[test]
    fn a_coarser_figure_is_compatible_with_a_finer_one_not_support() {
        // "about 1,500" allows 1,503, but 1,503 does not allow 1,500.
        let items = [about("a", 1500.0, 75.0), stated("b", 1503.0, None)];
        let plans = partition(&items);
        assert_eq!(plans.len(), 1);
        assert_eq!(plans[0].label, 1);
        assert_eq!(plans[0].support, vec![1]);
        assert_eq!(plans[0].compatible, vec![0]);
    }

    #[test]
    fn bounds_that_contradict_each_other_make_a_conflict() {
        let under = Item {
            id: "u",
            allows: Interval {
                low: Bound {
                    value: 0.0,
                    closed: true,
                },
                high: Bound {
                    value: 97.0,
                    closed: false,
                },
            },
            states: None,
            origin: None,
            derived: false,
        };
        let items = [about("a", 100.0, 5.0), under, over("o", 103.0)];
        assert!(partition(&items).len() > 1);
    }

    #[test]
    fn a_derived_bound_never_labels_a_cluster_a_source_stated_in() {
        let bound = Item {
            id: "derived",
            allows: Interval::closed(0.0, 398.0),
            states: None,
            origin: None,
            derived: true,
        };
        let items = [over("real", 20.0), bound];
        let plans = partition(&items);
        assert_eq!(plans.len(), 1);
        assert_eq!(
            plans[0].label, 0,
            "the source's own bound labels the cluster"
        );
    }

    #[test]
    fn repeated_origin_counts_once() {
        let items = [
            stated("a", 100.0, Some("troops")),
            stated("b", 100.0, Some("troops")),
            stated("c", 100.0, None),
        ];
        let plans = partition(&items);
        let (named, unstated) = origins(&items, &plans[0].support);
        assert_eq!(named, vec!["troops"]);
        assert_eq!(unstated, 1);
    }
}
