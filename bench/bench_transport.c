/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Register accesses per command, counted by a backend wrapped around the
 * simulator's, next to the least a doorbell mailbox (CXL r3.2 §8.2.8.4)
 * can do for the same payloads:
 *   writes: the input payload in 8-byte accesses, one Command Register
 *           write, one doorbell write;
 *   reads:  one poll that sees the doorbell clear, one Mailbox Status
 *           read, one Command Register read (the output length), the
 *           output payload in 8-byte accesses.
 * Measured with the bulk read_bytes/write_bytes hooks (each copy counted as
 * the 8-byte accesses an MMIO copy of that length takes) and without them
 * (the register accesses a plain MMIO backend gets).  Each command is
 * counted in steady state, after one before it on the same context; the
 * first command after init also reads the doorbell before writing (a device
 * busy at start is refused), shown in its own row.  Counts, not time: the
 * same on every machine. */
#include <stdio.h>
#include <string.h>

#include "bench.h"

struct cmd_case {
	const char *name;
	uint16_t opcode;
	uint8_t in[4096];
	size_t in_len;
};

static uint64_t words8(size_t n)
{
	return (n + 7) / 8;
}

static int measure(struct cxlmb_sim *sim, const struct cxlmb_backend_ops *ops, const char *mode,
		   const struct cmd_case *c, bool first)
{
	static uint8_t out[1u << 20];
	struct bench_counting cnt = { .sim = sim };
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	char name[128], note[160];

	cxlmb_sim_mbox_config(sim, &cfg);
	if (cxlmb_mbox_init(&mb, ops, &cnt, &cfg))
		return 1;
	if (!first && cxlmb_mbox_send(&mb, 0x0001, NULL, 0, out, sizeof(out), &res))
		return 1; /* the command before: Identify (0001h) */
	cnt.reads = cnt.writes = cnt.bulk_calls = cnt.bulk_reads8 = cnt.bulk_writes8 = 0;
	if (cxlmb_mbox_send(&mb, c->opcode, c->in, c->in_len, out, sizeof(out), &res) || res.rc) {
		fprintf(stderr, "bench_transport: %s failed (rc %04xh)\n", c->name, res.rc);
		return 1;
	}
	uint64_t r = cnt.reads + cnt.bulk_reads8, w = cnt.writes + cnt.bulk_writes8;
	uint64_t br = 3 + words8(res.out_len), bw = 2 + words8(c->in_len);
	snprintf(name, sizeof(name), "%s, %s", c->name, mode);
	snprintf(note, sizeof(note), "%llu reads + %llu writes; bound %llu + %llu = %llu; %+lld over",
		 (unsigned long long)r, (unsigned long long)w, (unsigned long long)br,
		 (unsigned long long)bw, (unsigned long long)(br + bw),
		 (long long)(r + w) - (long long)(br + bw));
	bench_row("transport", name, (double)(r + w), "accesses", note);
	return 0;
}

int main(int argc, char **argv)
{
	static struct cxlmb_sim sim;
	static struct cmd_case cases[3];
	struct cxlmb_get_log_req gl = { 0 };
	struct cxlmb_set_lsa_req lsa = { 0 };
	static uint8_t data[4096];
	static char n1[96], n2[96];
	int bad = 0;

	bench_time_arg(argc, argv, "bench_transport", 1); /* accepted for uniformity: counts take no time */
	if (cxlmb_sim_init(&sim, NULL))
		return 2;
	cases[0] = (struct cmd_case){ .name = "Identify 4000h", .opcode = 0x4000 };

	/* Get Log of the whole CEL, its size from the simulator's
	 * Get Supported Logs entry, in one command */
	struct cxlmb_supported_log_entry cel;
	if (cxlmb_supported_log_entry_decode(sim.cel[CXLMB_SIM_EP_TYPE3].log_entry,
					     CXLMB_SUPPORTED_LOG_ENTRY_LEN, 0, &cel))
		return 2;
	memcpy(gl.uuid, cxlmb_uuid_cel, 16);
	gl.length = cel.size;
	cases[1].opcode = 0x0401;
	if (cxlmb_get_log_req_encode(&gl, cases[1].in, sizeof(cases[1].in), &cases[1].in_len))
		return 2;
	snprintf(n1, sizeof(n1), "Get Log 0401h, whole CEL (%u B)", (unsigned)cel.size);
	cases[1].name = n1;

	/* Set LSA filling the whole payload (Table 8-133: 8-byte header + data) */
	lsa.data.data = data;
	lsa.data.len = sim.payload_size - 8;
	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 7 + 1);
	cases[2].opcode = 0x4103;
	if (cxlmb_set_lsa_req_encode(&lsa, cases[2].in, sizeof(cases[2].in), &cases[2].in_len))
		return 2;
	snprintf(n2, sizeof(n2), "Set LSA 4103h, full %u B payload", sim.payload_size);
	cases[2].name = n2;

	for (unsigned k = 0; k < 3; k++) {
		bad |= measure(&sim, &bench_counting_ops, "bulk hooks", &cases[k], false);
		bad |= measure(&sim, &bench_counting_ops_32, "plain MMIO path", &cases[k], false);
	}
	bad |= measure(&sim, &bench_counting_ops, "first command after init, bulk hooks",
		       &cases[0], true);
	cxlmb_sim_fini(&sim);
	return bad;
}
