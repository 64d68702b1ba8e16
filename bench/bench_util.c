/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Shared benchmark helpers (bench.h). */
#define _POSIX_C_SOURCE 200809L
#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

double bench_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define ROUNDS 15 /* short rounds: the best one most likely ran undisturbed */

double bench_best_ns(bench_fn fn, void *ctx, double budget_s, uint64_t *iters_done)
{
	double round_s = budget_s / (ROUNDS + 1), best = 0, t, dt;
	uint64_t iters = 1, done = 0;

	/* calibrate: double the batch until one takes a round's share */
	for (;;) {
		t = bench_seconds();
		fn(ctx, iters);
		dt = bench_seconds() - t;
		done += iters;
		if (dt >= round_s / 2 || iters >= (1ull << 40))
			break;
		iters *= 2;
	}
	if (dt > 0 && dt < round_s)
		iters = (uint64_t)((double)iters * round_s / dt) + 1;
	for (int r = 0; r < ROUNDS; r++) {
		t = bench_seconds();
		fn(ctx, iters);
		dt = bench_seconds() - t;
		done += iters;
		double ns = dt * 1e9 / (double)iters;
		if (r == 0 || ns < best)
			best = ns;
	}
	if (iters_done)
		*iters_done = done;
	return best;
}

double bench_time_arg(int argc, char **argv, const char *prog, double def)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--time") == 0 && i + 1 < argc) {
			char *end;
			double v = strtod(argv[i + 1], &end);
			if (*end || !(v > 0)) {
				fprintf(stderr, "%s: --time needs a positive number of seconds, not '%s'\n",
					prog, argv[i + 1]);
				exit(2);
			}
			return v;
		}
		fprintf(stderr, "%s: unknown argument '%s' (usage: %s [--time SECONDS])\n", prog,
			argv[i], prog);
		exit(2);
	}
	return def;
}

void bench_row(const char *group, const char *name, double value, const char *unit,
	       const char *note)
{
	printf("row\t%s\t%s\t%.6g\t%s\t%s\n", group, name, value, unit, note ? note : "");
	fflush(stdout);
}

/* ---- the counting backend ---- */

static int c_read32(void *ctx, uint32_t off, uint32_t *v)
{
	struct bench_counting *c = ctx;
	c->reads++;
	return cxlmb_sim_ops.read32(c->sim, off, v);
}
static int c_read64(void *ctx, uint32_t off, uint64_t *v)
{
	struct bench_counting *c = ctx;
	c->reads++;
	return cxlmb_sim_ops.read64(c->sim, off, v);
}
static int c_write32(void *ctx, uint32_t off, uint32_t v)
{
	struct bench_counting *c = ctx;
	c->writes++;
	return cxlmb_sim_ops.write32(c->sim, off, v);
}
static int c_write64(void *ctx, uint32_t off, uint64_t v)
{
	struct bench_counting *c = ctx;
	c->writes++;
	return cxlmb_sim_ops.write64(c->sim, off, v);
}
static int c_read_bytes(void *ctx, uint32_t off, uint8_t *d, size_t n)
{
	struct bench_counting *c = ctx;
	c->bulk_calls++;
	c->bulk_reads8 += (n + 7) / 8;
	return cxlmb_sim_ops.read_bytes(c->sim, off, d, n);
}
static int c_write_bytes(void *ctx, uint32_t off, const uint8_t *s, size_t n)
{
	struct bench_counting *c = ctx;
	c->bulk_calls++;
	c->bulk_writes8 += (n + 7) / 8;
	return cxlmb_sim_ops.write_bytes(c->sim, off, s, n);
}
static uint64_t c_now(void *ctx)
{
	return cxlmb_sim_ops.now_ns(((struct bench_counting *)ctx)->sim);
}
static void c_delay(void *ctx, uint64_t ns)
{
	cxlmb_sim_ops.delay_ns(((struct bench_counting *)ctx)->sim, ns);
}

const struct cxlmb_backend_ops bench_counting_ops = {
	c_read32, c_read64, c_write32, c_write64, c_read_bytes, c_write_bytes, c_now, c_delay,
};
const struct cxlmb_backend_ops bench_counting_ops_32 = {
	c_read32, c_read64, c_write32, c_write64, NULL, NULL, c_now, c_delay,
};
