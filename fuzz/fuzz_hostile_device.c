/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target hostile_device: the mailbox transport against a register file whose
 * every read returns fresh fuzz bytes (so every register changes between
 * two reads), in every transport configuration, with backend hooks that
 * fail, and what the transport returns fed to the decoders.
 *
 * Input: an 8-byte header, then one byte per operation as it comes and the
 * register values in the order they are read (zeros once it runs out).
 *   h[0] bit0 delay hook, bit1 clock, bit2 bulk copies, bit3 readiness bit,
 *        bits 4-6 the mailbox region (see regions[])
 *   h[1] the caller's output capacity; h[2..3] the opcode (fuzz_pick)
 *   h[4] the input length (bit 7: x64, past every payload size)
 *   h[5] the backend call that fails (0: none); h[6] its return code
 *   h[7] bits 0-5: what a register read costs (clock without delay),
 *        bit 7: strict decoding
 *
 * Oracles, checked against the registers the transport was shown:
 * - a device return code is one the device wrote in Mailbox Status after
 *   the doorbell was seen clear;
 * - a finished background operation (bg_status, bg_wait) is the Background
 *   Command Status read after Mailbox Status said it ended, and bg_wait
 *   reports Success only at 100%;
 * - no budget is exceeded: on the device's clock where there is one, in
 *   polls where there is none;
 * - nothing is copied past the caller's buffer nor past the payload area,
 *   the region (mbox_len) or the block; nothing written past the input;
 * - an injected backend failure comes back as its own code (or BACKEND);
 * - a response the transport returns decodes (or is refused) with every
 *   view inside its exact heap copy. */
#include <string.h>

#include "fuzz_target.h"

#define BLOCK_LEN 0x2000u
#define MBOX_OFF 0x100u
#define MEMDEV_OFF 0x80u
#define OUT_MAX 256u
#define CANARY 16u
#define BUDGET_NS 1000000ull /* 1 ms: ten polls of 100 us */
#define POLL_NS 100000ull

/* mbox_len variants: the whole rest of the block, the smallest legal one, one
 * not a multiple of 4, one too small, none */
static const uint32_t regions[] = { BLOCK_LEN - MBOX_OFF, CXLMB_MBOX_PAYLOAD + 256,
				    CXLMB_MBOX_PAYLOAD + 0x203, CXLMB_MBOX_PAYLOAD + 255, 0 };

struct hostile {
	const uint8_t *d;
	size_t n, pos;
	uint64_t now, read_cost;
	uint32_t region, payload_size;
	unsigned calls, fail_at, polls;
	int fail_code;
	bool failed;
	/* what the device said, in order */
	bool rung, done_seen, status_valid, ended_seen, bg_valid;
	uint64_t last_status, last_bg;
	size_t in_len; /* the current command's input length */
};

/* The next 'bytes' input bytes, little-endian; zeros once it runs out. */
static uint64_t take(struct hostile *h, unsigned bytes)
{
	size_t avail = h->n - h->pos;
	unsigned k = bytes < avail ? bytes : (unsigned)avail;
	uint64_t v = 0;
	for (unsigned i = 0; i < k; i++)
		v |= (uint64_t)h->d[h->pos + i] << (8 * i);
	h->pos += k;
	return v;
}

/* Every access inside the block; mailbox ones inside the region. */
static void in_region(const struct hostile *h, uint32_t off, size_t len)
{
	FUZZ_CHECK(len <= BLOCK_LEN && off <= BLOCK_LEN - len);
	if (off == MEMDEV_OFF && len == 8)
		return;
	FUZZ_CHECK(off >= MBOX_OFF && off - MBOX_OFF <= h->region &&
		   len <= h->region - (off - MBOX_OFF));
}

static bool in_payload(uint32_t off)
{
	return off >= MBOX_OFF + CXLMB_MBOX_PAYLOAD;
}

static void payload_bounds(const struct hostile *h, uint32_t off, size_t len)
{
	uint32_t rel = off - MBOX_OFF - CXLMB_MBOX_PAYLOAD;
	FUZZ_CHECK(h->payload_size == 0 || (rel <= h->payload_size && len <= h->payload_size - rel));
}

/* Every backend call may be the one that fails. */
static bool fail_now(struct hostile *h)
{
	if (h->fail_at && ++h->calls == h->fail_at) {
		h->failed = true;
		return true;
	}
	return false;
}

static void observe(struct hostile *h, uint32_t off, uint64_t v)
{
	if (!in_payload(off))
		h->now += h->read_cost, h->polls++;
	if (off == MBOX_OFF + CXLMB_MBOX_CTRL && h->rung && !(v & CXLMB_MBOX_CTRL_DOORBELL))
		h->done_seen = true;
	if (off == MBOX_OFF + CXLMB_MBOX_STATUS) {
		if (h->done_seen) {
			h->last_status = v;
			h->status_valid = true;
		}
		h->ended_seen = !(v & CXLMB_MBOX_STATUS_BG);
		h->bg_valid = false;
	}
	if (off == MBOX_OFF + CXLMB_MBOX_BG_STATUS && h->ended_seen) {
		h->last_bg = v;
		h->bg_valid = true;
	}
}

static int h_r32(void *c, uint32_t off, uint32_t *v)
{
	struct hostile *h = c;
	in_region(h, off, 4);
	if (in_payload(off))
		payload_bounds(h, off, 4);
	if (fail_now(h))
		return h->fail_code;
	*v = (uint32_t)take(h, 4);
	observe(h, off, *v);
	return 0;
}

static int h_r64(void *c, uint32_t off, uint64_t *v)
{
	struct hostile *h = c;
	in_region(h, off, 8);
	if (in_payload(off))
		payload_bounds(h, off, 8);
	if (fail_now(h))
		return h->fail_code;
	*v = take(h, 8);
	observe(h, off, *v);
	return 0;
}

static int h_w32(void *c, uint32_t off, uint32_t v)
{
	struct hostile *h = c;
	in_region(h, off, 4);
	if (in_payload(off)) {
		payload_bounds(h, off, 4);
		/* word copies: never a word past the input */
		FUZZ_CHECK(off - MBOX_OFF - CXLMB_MBOX_PAYLOAD < h->in_len);
	}
	if (fail_now(h))
		return h->fail_code;
	if (off == MBOX_OFF + CXLMB_MBOX_CTRL && (v & CXLMB_MBOX_CTRL_DOORBELL)) {
		h->rung = true;
		h->done_seen = h->status_valid = false;
	}
	return 0;
}

static int h_w64(void *c, uint32_t off, uint64_t v)
{
	struct hostile *h = c;
	(void)v;
	in_region(h, off, 8);
	if (in_payload(off)) {
		payload_bounds(h, off, 8);
		FUZZ_CHECK(off % 8 == 0 && off - MBOX_OFF - CXLMB_MBOX_PAYLOAD < h->in_len);
	}
	return fail_now(h) ? h->fail_code : 0;
}

static int h_rb(void *c, uint32_t off, uint8_t *dst, size_t len)
{
	struct hostile *h = c;
	FUZZ_CHECK(in_payload(off));
	in_region(h, off, len);
	payload_bounds(h, off, len);
	if (fail_now(h))
		return h->fail_code;
	size_t k = len < h->n - h->pos ? len : h->n - h->pos;
	if (k)
		memcpy(dst, h->d + h->pos, k);
	memset(dst + k, 0, len - k);
	h->pos += k;
	return 0;
}

static int h_wb(void *c, uint32_t off, const uint8_t *src, size_t len)
{
	struct hostile *h = c;
	(void)src;
	FUZZ_CHECK(in_payload(off));
	in_region(h, off, len);
	payload_bounds(h, off, len);
	FUZZ_CHECK(len <= h->in_len);
	return fail_now(h) ? h->fail_code : 0;
}

static uint64_t h_now(void *c)
{
	return ((struct hostile *)c)->now;
}

static void h_delay(void *c, uint64_t ns)
{
	((struct hostile *)c)->now += ns;
}

/* What the transport must return for an injected failure. */
static int expected_fail(const struct hostile *h)
{
	return h->fail_code > 0 && h->fail_code < CXLMB_E_COUNT_ ? h->fail_code : CXLMB_E_BACKEND;
}

/* A call's time: on the device clock when the transport has a clock or a
 * delay; in polls when it has neither. */
static void check_budget(const struct hostile *h, const struct cxlmb_backend_ops *ops,
			 uint64_t t0, unsigned polls0, uint64_t budget)
{
	if (ops->now_ns || ops->delay_ns)
		FUZZ_CHECK(h->now - t0 <= budget + POLL_NS + 8 * h->read_cost);
	else
		FUZZ_CHECK(h->polls - polls0 <= 6 * (budget / POLL_NS + 2));
}

/* A finished background operation is what the device said after the end. */
static void check_bg(const struct hostile *h, const struct cxlmb_bg_status *st)
{
	FUZZ_CHECK(!st->running && h->bg_valid);
	FUZZ_CHECK(st->opcode == (uint16_t)(h->last_bg & CXLMB_MBOX_BG_OPCODE_MASK));
	FUZZ_CHECK(st->percent == ((h->last_bg >> CXLMB_MBOX_BG_PCT_SHIFT) & CXLMB_MBOX_BG_PCT_MASK));
	FUZZ_CHECK(st->rc == (uint16_t)(h->last_bg >> CXLMB_MBOX_BG_RC_SHIFT));
}

/* The response, in an exact heap copy, through the decoder and visitor. */
static void decode(const struct cxlmb_cmd *c, const uint8_t *out, size_t n, unsigned flags)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	struct fuzz_sink sink = { 0 };
	struct cxlmb_visitor v = fuzz_visitor(&sink);
	uint8_t *copy = malloc(n ? n : 1);

	FUZZ_CHECK(copy != NULL);
	memcpy(copy, out, n);
	if (cxlmb_cmd_decode(c, CXLMB_RSP, copy, n, flags, val) == CXLMB_E_OK) {
		fuzz_check_views(c->rsp, val, copy, n);
		(void)cxlmb_cmd_visit(c, CXLMB_RSP, val, flags, &v);
	}
	free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t in[64u * 127u + 64u];
	uint8_t out[OUT_MAX + CANARY];
	struct hostile h = { 0 };
	struct cxlmb_backend_ops ops = { h_r32, h_r64, h_w32, h_w64, NULL, NULL, NULL, NULL };
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;
	uint16_t started = 0;
	bool bg_known = false;

	if (size < 8)
		return 0;
	const uint8_t *hd = data;
	h.d = data + 8;
	h.n = size - 8;
	if (hd[0] & 1)
		ops.delay_ns = h_delay;
	if (hd[0] & 2)
		ops.now_ns = h_now;
	if (hd[0] & 4) {
		ops.read_bytes = h_rb;
		ops.write_bytes = h_wb;
	}
	h.region = regions[(hd[0] >> 4) % CXLMB_ARRAY_SIZE(regions)];
	size_t cap = hd[1] % (OUT_MAX + 1);
	struct fuzz_sel sel = fuzz_pick(hd + 2); /* cmd NULL: not in the catalog */
	size_t in_len = hd[4] & 0x80 ? (size_t)(hd[4] & 0x7F) * 64 : hd[4];
	h.fail_at = hd[5];
	h.fail_code = (int)(hd[6] % (CXLMB_E_COUNT_ + 2)) - 1; /* -1 and COUNT_: not ours */
	if (h.fail_code == 0)
		h.fail_code = -5;
	h.read_cost = ops.now_ns ? 10000ull * (1 + (hd[7] & 0x3F)) : 0;
	unsigned flags = hd[7] & 0x80 ? CXLMB_STRICT : CXLMB_LENIENT;

	cxlmb_mbox_config_default(&cfg);
	cfg.mbox_off = MBOX_OFF;
	cfg.mbox_len = h.region;
	cfg.memdev_status_off = MEMDEV_OFF;
	cfg.has_memdev_status = (hd[0] & 8) != 0;
	cfg.cmd_timeout_ns = BUDGET_NS;
	cfg.ready_timeout_ns = BUDGET_NS;
	cfg.poll_ns = POLL_NS;
	cfg.poll_cost_ns = POLL_NS;

	uint64_t t0 = h.now;
	unsigned p0 = h.polls;
	int rc = cxlmb_mbox_init(&mb, &ops, &h, &cfg);
	if (h.region == 0)
		FUZZ_CHECK(rc == CXLMB_E_INVALID_ARG);
	if (h.region && h.region < CXLMB_MBOX_PAYLOAD + 256)
		FUZZ_CHECK(rc == CXLMB_E_BAD_PAYLOAD_SIZE);
	if (h.failed) {
		FUZZ_CHECK(rc == expected_fail(&h));
		return 0;
	}
	check_budget(&h, &ops, t0, p0, BUDGET_NS);
	if (rc)
		return 0;
	FUZZ_CHECK(mb.payload_size >= 256 && mb.payload_size % 4 == 0 &&
		   mb.payload_size <= h.region - CXLMB_MBOX_PAYLOAD);
	h.payload_size = mb.payload_size;

	for (unsigned k = 0; k < 6 && h.pos < h.n && !h.failed; k++) {
		unsigned op = (unsigned)take(&h, 1) % 4;
		t0 = h.now;
		p0 = h.polls;
		switch (op) {
		case 0:
		case 3: {
			uint16_t opcode = op == 3 ? CXLMB_OPCODE_REQUEST_ABORT : sel.opcode;
			size_t len = op == 3 ? 0 : in_len;
			memset(out, 0xA5, sizeof(out));
			h.in_len = len;
			h.rung = false;
			rc = op == 3 ? cxlmb_mbox_bg_abort(&mb, &res)
				     : cxlmb_mbox_send(&mb, opcode, in, len, out, cap, &res);
			check_budget(&h, &ops, t0, p0, BUDGET_NS);
			for (size_t i = op == 3 ? 0 : cap; i < sizeof(out); i++)
				FUZZ_CHECK(out[i] == 0xA5); /* never past the caller's buffer */
			if (h.failed) {
				FUZZ_CHECK(rc == expected_fail(&h));
				break;
			}
			if (len > mb.payload_size) {
				FUZZ_CHECK(rc == CXLMB_E_INPUT_TOO_LARGE && !h.rung);
				break;
			}
			/* an answer: the device wrote it after completion */
			if (rc == CXLMB_E_OK || rc == CXLMB_E_OUTPUT_TRUNCATED ||
			    rc == CXLMB_E_OUTPUT_TOO_LARGE) {
				FUZZ_CHECK(h.status_valid);
				FUZZ_CHECK(res.rc == (uint16_t)(h.last_status >> CXLMB_MBOX_STATUS_RC_SHIFT));
				FUZZ_CHECK(res.bg_started == (res.rc == CXLMB_RC_BACKGROUND));
				if (res.bg_started) {
					started = opcode;
					bg_known = true;
				}
			}
			FUZZ_CHECK(res.copied <= cap && res.copied <= res.out_len);
			FUZZ_CHECK(rc != CXLMB_E_OK || res.out_len <= mb.payload_size);
			if (rc == CXLMB_E_OK && op == 0 && res.rc == CXLMB_RC_SUCCESS && sel.cmd)
				decode(sel.cmd, out, res.copied, flags);
			break;
		}
		case 1:
			h.ended_seen = h.bg_valid = false;
			rc = cxlmb_mbox_bg_status(&mb, &st);
			if (h.failed)
				FUZZ_CHECK(rc == expected_fail(&h));
			else if (rc == CXLMB_E_OK && !st.running)
				check_bg(&h, &st);
			break;
		case 2:
			h.ended_seen = h.bg_valid = false;
			rc = cxlmb_mbox_bg_wait(&mb, BUDGET_NS, &st);
			check_budget(&h, &ops, t0, p0, BUDGET_NS);
			if (h.failed) {
				FUZZ_CHECK(rc == expected_fail(&h));
			} else if (rc == CXLMB_E_OK) {
				check_bg(&h, &st);
				/* Success only for the operation started, complete */
				FUZZ_CHECK(st.rc != CXLMB_RC_SUCCESS || st.percent == 100);
				FUZZ_CHECK(!bg_known || st.opcode == started);
			}
			break;
		}
	}
	return 0;
}
