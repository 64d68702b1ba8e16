/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Round trips per second of Identify Memory Device (4000h) into the
 * simulated device on one core: directly through the mailbox transport,
 * and through the command layer (cxlmb_call: catalog lookup, gate, send,
 * strict decode of the answer).  Every round trip is checked; a failure
 * is printed in the row and fails the program.
 *   bench_sim [--time SECONDS]   (per row; default 1) */
#include <stdio.h>
#include <string.h>

#include "bench.h"

struct sim_bench {
	struct cxlmb_mbox mb;
	struct cxlmb_endpoint ep;
	uint8_t out[256];
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	uint64_t bad;
};

static void run_mbox(void *ctx, uint64_t iters)
{
	struct sim_bench *b = ctx;
	struct cxlmb_mbox_result res;
	for (uint64_t i = 0; i < iters; i++) {
		if (cxlmb_mbox_send(&b->mb, 0x4000, NULL, 0, b->out, sizeof(b->out), &res) || res.rc ||
		    res.out_len != CXLMB_IDENTIFY_MEMDEV_RSP_LEN)
			b->bad++;
	}
}

static void run_call(void *ctx, uint64_t iters)
{
	struct sim_bench *b = ctx;
	for (uint64_t i = 0; i < iters; i++) {
		struct cxlmb_call call = { .opcode = 0x4000, .flags = CXLMB_STRICT, .rsp_val = b->val };
		call.rsp.buf = b->out;
		call.rsp.cap = sizeof(b->out);
		if (cxlmb_call(&b->ep, &call) || call.rsp.len != CXLMB_IDENTIFY_MEMDEV_RSP_LEN)
			b->bad++;
	}
}

static int report(const char *name, double ns, uint64_t bad)
{
	char note[64];
	snprintf(note, sizeof(note), "%.0f ns each%s", ns, bad ? ", FAILURES" : "");
	bench_row("sim", name, 1e9 / ns, "round trips/s", note);
	return bad != 0;
}

int main(int argc, char **argv)
{
	double budget = bench_time_arg(argc, argv, "bench_sim", 1.0);
	static struct cxlmb_sim sim; /* ~170 KB: off the stack */
	static struct sim_bench b;
	struct cxlmb_mbox_config cfg;
	int bad = 0;

	if (cxlmb_sim_init(&sim, NULL))
		return 2;
	cxlmb_sim_mbox_config(&sim, &cfg);
	if (cxlmb_mbox_init(&b.mb, &cxlmb_sim_ops, &sim, &cfg) || cxlmb_ep_mbox_init(&b.ep, &b.mb))
		return 2;
	b.bad = 0;
	bad |= report("Identify 4000h via the transport (cxlmb_mbox_send)",
		      bench_best_ns(run_mbox, &b, budget, NULL), b.bad);
	b.bad = 0;
	bad |= report("Identify 4000h via the command layer (cxlmb_call, strict decode)",
		      bench_best_ns(run_call, &b, budget, NULL), b.bad);
	cxlmb_sim_fini(&sim);
	return bad;
}
