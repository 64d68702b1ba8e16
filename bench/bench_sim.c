/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Round trips per second of Identify Memory Device (4000h) through the
 * mailbox transport into the simulated device, on one core, plus the
 * register accesses one command costs. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "sim.h"

struct counting {
	struct cxlmb_sim *sim;
	unsigned long long reads, writes, bulk;
};

static int c_read32(void *ctx, uint32_t off, uint32_t *v)
{
	struct counting *c = ctx;
	c->reads++;
	return cxlmb_sim_ops.read32(c->sim, off, v);
}
static int c_read64(void *ctx, uint32_t off, uint64_t *v)
{
	struct counting *c = ctx;
	c->reads++;
	return cxlmb_sim_ops.read64(c->sim, off, v);
}
static int c_write32(void *ctx, uint32_t off, uint32_t v)
{
	struct counting *c = ctx;
	c->writes++;
	return cxlmb_sim_ops.write32(c->sim, off, v);
}
static int c_write64(void *ctx, uint32_t off, uint64_t v)
{
	struct counting *c = ctx;
	c->writes++;
	return cxlmb_sim_ops.write64(c->sim, off, v);
}
static int c_read_bytes(void *ctx, uint32_t off, uint8_t *d, size_t n)
{
	struct counting *c = ctx;
	c->bulk++;
	return cxlmb_sim_ops.read_bytes(c->sim, off, d, n);
}
static int c_write_bytes(void *ctx, uint32_t off, const uint8_t *s, size_t n)
{
	struct counting *c = ctx;
	c->bulk++;
	return cxlmb_sim_ops.write_bytes(c->sim, off, s, n);
}
static uint64_t c_now(void *ctx) { return cxlmb_sim_ops.now_ns(((struct counting *)ctx)->sim); }
static void c_delay(void *ctx, uint64_t ns) { cxlmb_sim_ops.delay_ns(((struct counting *)ctx)->sim, ns); }

static const struct cxlmb_backend_ops counting_ops = {
	c_read32, c_read64, c_write32, c_write64, c_read_bytes, c_write_bytes, c_now, c_delay,
};

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	unsigned long long n = argc > 1 ? strtoull(argv[1], NULL, 10) : 2000000ull;
	static struct cxlmb_sim sim; /* ~85 KB: off the stack */
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox_result res;
	struct counting cnt = { .sim = &sim };
	uint8_t out[256];
	unsigned long long bad = 0;

	if (cxlmb_sim_init(&sim, NULL))
		return 2;
	cxlmb_sim_mbox_config(&sim, &cfg);
	if (cxlmb_mbox_init(&mb, &counting_ops, &cnt, &cfg))
		return 2;
	/* register accesses for one command */
	cnt.reads = cnt.writes = cnt.bulk = 0;
	cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res);
	printf("bench_sim: register accesses per Identify Memory Device: %llu reads, %llu writes, "
	       "%llu bulk payload copies\n", cnt.reads, cnt.writes, cnt.bulk);

	if (cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &cfg))
		return 2;
	double t0 = seconds();
	for (unsigned long long i = 0; i < n; i++) {
		if (cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res) || res.rc ||
		    res.out_len != CXLMB_IDENTIFY_MEMDEV_RSP_LEN)
			bad++;
	}
	double dt = seconds() - t0;
	printf("bench_sim: %llu Identify Memory Device round trips (transport -> sim -> transport) in "
	       "%.3f s: %.0f round trips/s, %.1f ns each%s\n", n, dt, (double)n / dt, dt * 1e9 / (double)n,
	       bad ? " (FAILURES!)" : "");
	cxlmb_sim_fini(&sim);
	return bad ? 1 : 0;
}
