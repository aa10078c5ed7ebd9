//! `metrics`: the gateway's Prometheus text (`localhost:15020/stats/prometheus` inside the
//! container) read into rates and quantiles. No I/O here.

mod parse;
mod report;
#[cfg(test)]
mod tests;

pub use parse::*;
pub use report::*;

/// `histogram_quantile` as Prometheus computes it: `buckets` are (upper bound `le`,
/// cumulative count), any order; linear interpolation inside the bucket that holds the
/// rank, the lower bound of the first bucket 0, and the highest finite bound when the rank
/// falls in the `+Inf` bucket. `None` with no observations or no `+Inf` bucket.
pub fn histogram_quantile(q: f64, buckets: &[(f64, f64)]) -> Option<f64> {
    let mut b: Vec<(f64, f64)> = buckets.to_vec();
    b.sort_by(|x, y| x.0.total_cmp(&y.0));
    let &(last_le, total) = b.last()?;
    if last_le != f64::INFINITY || total <= 0.0 || b.len() < 2 {
        return None;
    }
    let rank = q.clamp(0.0, 1.0) * total;
    let i = b.iter().position(|(_, c)| *c >= rank)?;
    if i == b.len() - 1 {
        return Some(b[b.len() - 2].0);
    }
    let (upper, count) = b[i];
    let (lower, below) = if i == 0 { (0.0, 0.0) } else { b[i - 1] };
    if count - below <= 0.0 {
        return Some(upper);
    }
    Some(lower + (upper - lower) * (rank - below) / (count - below))
}
