/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Codec speed: ns per decode and per encode of real payloads, through the
 * catalog codec the command layer uses (cxlmb_cmd_decode_rsp, strict, and
 * cxlmb_cmd_encode).  The payloads come from the simulator's answers, or
 * (Get Supported Logs with more entries than the simulator has) from the
 * typed encoder.
 *
 * Guard against the compiler removing the work: the input pointer is read
 * through a volatile each iteration, every iteration adds the result to a
 * checksum, and the checksum over all iterations must equal the iteration
 * count times one iteration's (else the row says so and the program fails).
 *   bench_codec [--time SECONDS]   (per row; default 0.5) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define MAX_PAYLOAD 2048u

struct codec_case {
	const char *name;
	uint16_t opcode;
	enum cxlmb_dir dir;
	const struct cxlmb_cmd *cmd;
	uint8_t req[64]; /* the request (context for the response decode) */
	size_t req_len;
	uint8_t bytes[MAX_PAYLOAD];
	size_t len;
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	uint8_t out[MAX_PAYLOAD];
	uint64_t sum;
};

/* const-qualified target, volatile pointer: the compiler must reload it */
static const uint8_t *volatile input_ptr;

static uint64_t decode_once(struct codec_case *c, const uint8_t *in)
{
	int rc = c->dir == CXLMB_RSP
			 ? cxlmb_cmd_decode_rsp(c->cmd, c->req, c->req_len, in, c->len, CXLMB_STRICT, c->val)
			 : cxlmb_cmd_decode(c->cmd, CXLMB_REQ, in, c->len, CXLMB_STRICT, c->val);
	/* a few bytes of the decoded value plus the return code */
	uint64_t v;
	memcpy(&v, c->val, sizeof(v));
	return v + (uint64_t)rc * 1000003u + c->val[sizeof(c->val) / 2];
}

static uint64_t encode_once(struct codec_case *c, const uint8_t *val)
{
	size_t n = 0;
	int rc = cxlmb_cmd_encode(c->cmd, c->dir, val, c->out, sizeof(c->out), &n);
	return n + (uint64_t)rc * 1000003u + (n ? c->out[n - 1] : 0) + c->out[0];
}

static void run_decode(void *ctx, uint64_t iters)
{
	struct codec_case *c = ctx;
	for (uint64_t i = 0; i < iters; i++)
		c->sum += decode_once(c, input_ptr);
}

static void run_encode(void *ctx, uint64_t iters)
{
	struct codec_case *c = ctx;
	for (uint64_t i = 0; i < iters; i++)
		c->sum += encode_once(c, input_ptr);
}

static void die(const char *what, const char *name)
{
	fprintf(stderr, "bench_codec: %s: %s\n", name, what);
	exit(1);
}

/* The payload from the simulated Type-3 device's answer. */
static void from_sim(struct cxlmb_sim *s, struct codec_case *c)
{
	uint32_t n = 0;
	uint16_t rc = cxlmb_sim_run(s, CXLMB_SIM_EP_TYPE3, c->opcode, c->req, (uint32_t)c->req_len,
				    c->bytes, sizeof(c->bytes), &n);
	if (rc != CXLMB_RC_SUCCESS)
		die("the simulator did not answer Success", c->name);
	c->len = n;
}

/* Get Supported Logs with 8 entries (CXL r3.2 §8.2.10.5.1, Tables 8-71/8-72):
 * the CEL, the vendor debug log, and vendor-defined logs. */
static void supported_logs_bytes(struct codec_case *c)
{
	uint8_t entries[8 * CXLMB_SUPPORTED_LOG_ENTRY_LEN];
	struct cxlmb_get_supported_logs_rsp r = { .count = 8, .entries = { entries, 8, NULL } };
	for (unsigned i = 0; i < 8; i++) {
		struct cxlmb_supported_log_entry e = { .size = 0x100u * (i + 1) };
		size_t n;
		memcpy(e.uuid, i == 0 ? cxlmb_uuid_cel : cxlmb_uuid_vendor_debug, 16);
		if (i > 1)
			e.uuid[15] = (uint8_t)(0xA0 + i); /* vendor-defined log identifiers */
		if (cxlmb_supported_log_entry_encode(&e, entries + i * CXLMB_SUPPORTED_LOG_ENTRY_LEN,
						     CXLMB_SUPPORTED_LOG_ENTRY_LEN, &n))
			die("entry does not encode", c->name);
	}
	if (cxlmb_get_supported_logs_rsp_encode(&r, c->bytes, sizeof(c->bytes), &c->len))
		die("does not encode", c->name);
}

int main(int argc, char **argv)
{
	double budget = bench_time_arg(argc, argv, "bench_codec", 0.5);
	static struct cxlmb_sim sim;
	static struct codec_case cases[4];
	struct cxlmb_get_event_records_req ev = { .log = CXLMB_LOG_INFO };
	struct cxlmb_get_log_req gl = { .offset = 0, .length = 0x200 };
	unsigned events = 0;
	int bad = 0;

	if (cxlmb_sim_init(&sim, NULL))
		return 2;
	cases[0] = (struct codec_case){ .name = "Identify Memory Device 4000h rsp", .opcode = 0x4000,
					.dir = CXLMB_RSP };
	from_sim(&sim, &cases[0]);

	cases[1] = (struct codec_case){ .name = "Get Supported Logs 0400h rsp, 8 entries",
					.opcode = 0x0400, .dir = CXLMB_RSP };
	supported_logs_bytes(&cases[1]);

	/* a full log; the answer carries as many records as the payload holds */
	for (unsigned i = 0; i < CXLMB_SIM_EVENT_LOG_SIZE; i++)
		cxlmb_sim_add_event(&sim, CXLMB_LOG_INFO, cxlmb_event_type_uuid(CXLMB_EVT_GENERAL_MEDIA),
				    NULL);
	cases[2] = (struct codec_case){ .opcode = 0x0100, .dir = CXLMB_RSP };
	if (cxlmb_get_event_records_req_encode(&ev, cases[2].req, sizeof(cases[2].req), &cases[2].req_len))
		die("request does not encode", "Get Event Records");
	from_sim(&sim, &cases[2]);
	if (cases[2].len >= CXLMB_GET_EVENT_RECORDS_RSP_MIN)
		events = (unsigned)(cases[2].len - CXLMB_GET_EVENT_RECORDS_RSP_MIN) / CXLMB_EVENT_RECORD_LEN;
	static char evname[80];
	snprintf(evname, sizeof(evname), "Get Event Records 0100h rsp, %u records (%zu B)", events,
		 cases[2].len);
	cases[2].name = evname;

	cases[3] = (struct codec_case){ .name = "Get Log 0401h req", .opcode = 0x0401, .dir = CXLMB_REQ };
	memcpy(gl.uuid, cxlmb_uuid_cel, 16);
	if (cxlmb_get_log_req_encode(&gl, cases[3].bytes, sizeof(cases[3].bytes), &cases[3].len))
		die("does not encode", cases[3].name);
	cxlmb_sim_fini(&sim);

	for (unsigned k = 0; k < 4; k++) {
		struct codec_case *c = &cases[k];
		uint64_t one, n, want;
		char note[96];
		double ns;

		c->cmd = cxlmb_cmd_find(c->opcode);
		if (!c->cmd)
			die("not in the catalog", c->name);
		/* one checked iteration: it decodes, and encodes back to the same bytes */
		input_ptr = c->bytes;
		one = decode_once(c, c->bytes);
		if (c->dir == CXLMB_RSP
			    ? cxlmb_cmd_decode_rsp(c->cmd, c->req, c->req_len, c->bytes, c->len, CXLMB_STRICT, c->val)
			    : cxlmb_cmd_decode(c->cmd, CXLMB_REQ, c->bytes, c->len, CXLMB_STRICT, c->val))
			die("the payload does not decode strictly", c->name);
		c->sum = 0;
		ns = bench_best_ns(run_decode, c, budget, &n);
		want = one * n;
		snprintf(note, sizeof(note), "%zu B, checksum %s", c->len, c->sum == want ? "ok" : "WRONG");
		bench_row("codec", c->name, ns, "ns/decode", note);
		bad |= c->sum != want;

		/* encode from the decoded value (its views point into bytes) */
		static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
		memcpy(val, c->val, sizeof(val));
		input_ptr = val;
		one = encode_once(c, val);
		if (memcmp(c->out, c->bytes, c->len) != 0)
			die("does not encode back to the same bytes", c->name);
		c->sum = 0;
		ns = bench_best_ns(run_encode, c, budget, &n);
		want = one * n;
		snprintf(note, sizeof(note), "%zu B, checksum %s", c->len, c->sum == want ? "ok" : "WRONG");
		bench_row("codec", c->name, ns, "ns/encode", note);
		bad |= c->sum != want;
	}
	return bad ? 1 : 0;
}
