/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Helpers the benchmark programs share: a clock, a loop runner that
 * reports the best of several timed rounds, the row format ci/bench
 * reads, and a register backend that counts accesses.
 *
 * Benchmarks print numbers; they never assert on time.  A row is one
 * line on stdout:
 *   row<TAB>group<TAB>name<TAB>value<TAB>unit<TAB>note
 * ci/bench gathers the rows of every program into one table and JSON. */
#ifndef CXLMB_BENCH_H
#define CXLMB_BENCH_H
#include <stdint.h>

#include "sim.h"

/* Run fn(ctx, iters) in rounds; returns the best (lowest) nanoseconds per
 * iteration.  budget_s is the whole measurement's wall time, calibration
 * included.  *iters_done (may be NULL) gets every iteration run, so a
 * checksum over all of them can be checked against one iteration's. */
typedef void (*bench_fn)(void *ctx, uint64_t iters);
double bench_best_ns(bench_fn fn, void *ctx, double budget_s, uint64_t *iters_done);

double bench_seconds(void);

/* "--time SECONDS" from argv (a positive number), else def; exits 2 on a
 * bad argument, naming it. */
double bench_time_arg(int argc, char **argv, const char *prog, double def);

void bench_row(const char *group, const char *name, double value, const char *unit,
	       const char *note);

/* A register backend wrapped around the simulator's (cxlmb_sim_ops) that
 * counts every access.  Bulk payload copies are counted as calls and as
 * the 8-byte accesses an MMIO copy of that length takes. */
struct bench_counting {
	struct cxlmb_sim *sim;
	uint64_t reads, writes;           /* 32- and 64-bit register accesses */
	uint64_t bulk_calls;              /* read_bytes / write_bytes calls */
	uint64_t bulk_reads8, bulk_writes8; /* their length in 8-byte accesses */
};
/* with the bulk hooks, and without them (the register accesses a plain
 * MMIO backend gets) */
extern const struct cxlmb_backend_ops bench_counting_ops;
extern const struct cxlmb_backend_ops bench_counting_ops_32;
#endif
