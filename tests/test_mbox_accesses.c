/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Register accesses per command, counted exactly against the least the
 * doorbell protocol (CXL r3.2 §8.2.8.4) needs: one Command write, one
 * doorbell write, one poll that sees it clear, one Mailbox Status read,
 * one Command read for the output length, each payload in 8-byte accesses
 * (the same bound ci/bench prints).  The doorbell is read before a command
 * only where it is not known clear: first command, after an error, a
 * timeout or an abort; a device busy at start is still refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

/* ---- a counting backend around the simulator's ---- */

struct counter {
	struct cxlmb_sim *sim;
	unsigned r32, r64, w32, w64, bulk_r, bulk_w;
	unsigned ctrl_reads;  /* reads of Mailbox Control (polls and checks) */
	unsigned first_kind;  /* the first access since the reset: 'r' or 'w' */
	uint32_t first_off;
	unsigned fail_at, n;  /* the n-th access fails (0: none) */
};

static struct cxlmb_sim sim;
static struct counter cnt;

#define CTRL (CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CTRL)

static int note(struct counter *c, unsigned kind, uint32_t off)
{
	if (c->r32 + c->r64 + c->w32 + c->w64 + c->bulk_r + c->bulk_w == 0) {
		c->first_kind = kind;
		c->first_off = off;
	}
	return c->fail_at && ++c->n == c->fail_at;
}

static int c_r32(void *ctx, uint32_t off, uint32_t *v)
{
	struct counter *c = ctx;
	if (note(c, 'r', off))
		return CXLMB_E_BACKEND;
	c->r32++;
	c->ctrl_reads += off == CTRL;
	return cxlmb_sim_ops.read32(c->sim, off, v);
}

static int c_r64(void *ctx, uint32_t off, uint64_t *v)
{
	struct counter *c = ctx;
	if (note(c, 'r', off))
		return CXLMB_E_BACKEND;
	c->r64++;
	return cxlmb_sim_ops.read64(c->sim, off, v);
}

static int c_w32(void *ctx, uint32_t off, uint32_t v)
{
	struct counter *c = ctx;
	if (note(c, 'w', off))
		return CXLMB_E_BACKEND;
	c->w32++;
	return cxlmb_sim_ops.write32(c->sim, off, v);
}

static int c_w64(void *ctx, uint32_t off, uint64_t v)
{
	struct counter *c = ctx;
	if (note(c, 'w', off))
		return CXLMB_E_BACKEND;
	c->w64++;
	return cxlmb_sim_ops.write64(c->sim, off, v);
}

static int c_rb(void *ctx, uint32_t off, uint8_t *d, size_t n)
{
	struct counter *c = ctx;
	if (note(c, 'r', off))
		return CXLMB_E_BACKEND;
	c->bulk_r++;
	return cxlmb_sim_ops.read_bytes(c->sim, off, d, n);
}

static int c_wb(void *ctx, uint32_t off, const uint8_t *s, size_t n)
{
	struct counter *c = ctx;
	if (note(c, 'w', off))
		return CXLMB_E_BACKEND;
	c->bulk_w++;
	return cxlmb_sim_ops.write_bytes(c->sim, off, s, n);
}

static uint64_t c_now(void *ctx)
{
	return cxlmb_sim_ops.now_ns(((struct counter *)ctx)->sim);
}

static void c_delay(void *ctx, uint64_t ns)
{
	cxlmb_sim_ops.delay_ns(((struct counter *)ctx)->sim, ns);
}

static const struct cxlmb_backend_ops plain_ops = { c_r32, c_r64, c_w32, c_w64,
						    NULL,  NULL,  c_now, c_delay };
static const struct cxlmb_backend_ops bulk_ops = { c_r32, c_r64, c_w32, c_w64,
						   c_rb,  c_wb,  c_now, c_delay };

static void reset_counts(void)
{
	struct cxlmb_sim *s = cnt.sim;
	memset(&cnt, 0, sizeof(cnt));
	cnt.sim = s;
}

static unsigned reads(void)
{
	return cnt.r32 + cnt.r64;
}

static unsigned writes(void)
{
	return cnt.w32 + cnt.w64;
}

static unsigned words8(size_t n)
{
	return (unsigned)((n + 7) / 8);
}

static void init_mb(struct cxlmb_mbox *mb, const struct cxlmb_backend_ops *ops)
{
	struct cxlmb_mbox_config cfg;
	cxlmb_sim_mbox_config(&sim, &cfg);
	cnt.sim = &sim;
	assert_int_equal(cxlmb_mbox_init(mb, ops, &cnt, &cfg), 0);
	reset_counts();
}

static int send(struct cxlmb_mbox *mb, uint16_t op, const void *in, size_t len,
		struct cxlmb_mbox_result *res)
{
	static uint8_t out[1u << 12];
	reset_counts();
	return cxlmb_mbox_send(mb, op, in, len, out, sizeof(out), res);
}

/* The three commands ci/bench measures: Identify, Get Log of the whole
 * CEL, Set LSA of a full payload. */
struct cmd {
	uint16_t op;
	uint8_t in[4096];
	size_t len;
};

static void bench_cmds(struct cmd c[3])
{
	struct cxlmb_supported_log_entry cel;
	struct cxlmb_get_log_req gl = { 0 };
	struct cxlmb_set_lsa_req lsa = { 0 };
	static uint8_t data[4096];

	memset(c, 0, 3 * sizeof(*c));
	c[0].op = 0x4000;
	assert_int_equal(cxlmb_supported_log_entry_decode(sim.cel[CXLMB_SIM_EP_TYPE3].log_entry,
							  CXLMB_SUPPORTED_LOG_ENTRY_LEN, 0, &cel),
			 0);
	memcpy(gl.uuid, cxlmb_uuid_cel, 16);
	gl.length = cel.size;
	c[1].op = 0x0401;
	assert_int_equal(cxlmb_get_log_req_encode(&gl, c[1].in, sizeof(c[1].in), &c[1].len), 0);
	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 7 + 1);
	lsa.data.data = data;
	lsa.data.len = sim.payload_size - 8;
	c[2].op = 0x4103;
	assert_int_equal(cxlmb_set_lsa_req_encode(&lsa, c[2].in, sizeof(c[2].in), &c[2].len), 0);
	assert_int_equal(c[2].len, sim.payload_size);
}

/* Steady state (a command before): exactly the bound, on the plain path
 * (8-byte payload accesses) and with the bulk hooks (one call a copy). */
static void test_each_command_costs_the_bound(void **state)
{
	static struct cmd c[3];
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	(void)state;

	bench_cmds(c);
	for (unsigned k = 0; k < 3; k++) {
		init_mb(&mb, &plain_ops);
		assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0); /* warm-up */
		assert_int_equal(send(&mb, c[k].op, c[k].in, c[k].len, &res), 0);
		assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
		assert_int_equal(res.copied, res.out_len);
		assert_int_equal(reads(), 3 + words8(res.out_len));
		assert_int_equal(writes(), 2 + words8(c[k].len));
		assert_int_equal(cnt.ctrl_reads, 1); /* the poll that saw it clear */
		/* a 4-byte access only for a tail of at most 4 bytes */
		assert_int_equal(cnt.r32, 1 + (res.out_len % 8 && res.out_len % 8 <= 4));
		assert_int_equal(cnt.w32, 1 + (c[k].len % 8 && c[k].len % 8 <= 4));
		if (k == 1) /* the whole CEL came back */
			assert_int_equal(res.out_len, sim.cel[CXLMB_SIM_EP_TYPE3].len);

		init_mb(&mb, &bulk_ops);
		assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
		assert_int_equal(send(&mb, c[k].op, c[k].in, c[k].len, &res), 0);
		assert_int_equal(reads(), 3);
		assert_int_equal(writes(), 2);
		assert_int_equal(cnt.bulk_r, res.out_len ? 1 : 0);
		assert_int_equal(cnt.bulk_w, c[k].len ? 1 : 0);
	}
}

/* The first command reads the doorbell before writing anything: one read
 * over the bound, and that read comes first. */
static void test_first_command_checks_the_doorbell(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	(void)state;

	init_mb(&mb, &plain_ops);
	assert_int_equal(send(&mb, 0x4000, NULL, 0, &res), 0);
	assert_int_equal(reads(), 4 + words8(res.out_len));
	assert_int_equal(cnt.ctrl_reads, 2);
	assert_int_equal(cnt.first_kind, 'r');
	assert_int_equal(cnt.first_off, CTRL);
	/* the next one trusts what this context saw */
	assert_int_equal(send(&mb, 0x4000, NULL, 0, &res), 0);
	assert_int_equal(cnt.first_kind, 'w');
	assert_int_equal(reads(), 3 + words8(res.out_len));
}

/* A device busy at start: refused with nothing written, every time. */
static void test_busy_at_start_is_refused(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	uint8_t in[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	(void)state;

	cxlmb_sim_poke32(&sim, CTRL, CXLMB_MBOX_CTRL_DOORBELL);
	init_mb(&mb, &plain_ops);
	uint64_t before = sim.commands;
	for (int k = 0; k < 2; k++) {
		assert_int_equal(send(&mb, 0x0301, in, sizeof(in), &res), CXLMB_E_DOORBELL_BUSY);
		assert_int_equal(writes(), 0);
		assert_int_equal(reads(), 1);
	}
	assert_int_equal(sim.commands, before);
	/* once the device is done, commands go through */
	cxlmb_sim_poke32(&sim, CTRL, 0);
	assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
	assert_int_equal(sim.commands, before + 1);
}

/* A device error code is an answer: the doorbell was seen clear. */
static void test_device_error_keeps_the_doorbell_known(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	(void)state;

	init_mb(&mb, &plain_ops);
	assert_int_equal(send(&mb, 0xCFFF, NULL, 0, &res), 0); /* not a command */
	assert_int_equal(res.rc, CXLMB_RC_UNSUPPORTED);
	assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
	assert_int_equal(cnt.first_kind, 'w');
	assert_int_equal(cnt.ctrl_reads, 1);
}

/* Truncated output is the caller's buffer, not the device: still known. */
static void test_truncated_output_keeps_the_doorbell_known(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	uint8_t out[4];
	(void)state;

	init_mb(&mb, &plain_ops);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res),
			 CXLMB_E_OUTPUT_TRUNCATED);
	assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
	assert_int_equal(cnt.first_kind, 'w');
}

/* After every access of a command fails once, the next command checks the
 * doorbell first again. */
static void test_check_returns_after_a_backend_error(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	static uint8_t in[24];
	unsigned total;
	(void)state;

	init_mb(&mb, &plain_ops);
	assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
	assert_int_equal(send(&mb, 0x0301, in, 8, &res), 0);
	total = reads() + writes();
	assert_int_equal(total, 6); /* payload, command, doorbell, poll, status, length */
	for (unsigned k = 1; k <= total; k++) {
		init_mb(&mb, &plain_ops);
		assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
		reset_counts();
		cnt.fail_at = k;
		assert_int_equal(cxlmb_mbox_send(&mb, 0x0301, in, 8, NULL, 0, &res),
				 CXLMB_E_BACKEND);
		assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
		assert_int_equal(cnt.first_kind, 'r');
		assert_int_equal(cnt.first_off, CTRL);
	}
}

/* An output length past the payload area is an error: checked again. */
static void test_check_returns_after_a_bad_length(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_sim_config sc;
	(void)state;

	cxlmb_sim_fini(&sim);
	cxlmb_sim_config_default(&sc);
	sc.quirks = CXLMB_SIM_Q(OUTPUT_OVERFLOW);
	assert_int_equal(cxlmb_sim_init(&sim, &sc), 0);
	init_mb(&mb, &plain_ops);
	assert_int_equal(send(&mb, 0x4000, NULL, 0, &res), CXLMB_E_OUTPUT_TOO_LARGE);
	assert_int_equal(send(&mb, 0x4000, NULL, 0, &res), CXLMB_E_OUTPUT_TOO_LARGE);
	assert_int_equal(cnt.first_kind, 'r');
	assert_int_equal(cnt.first_off, CTRL);
}

/* A command that timed out leaves the doorbell set: the next is refused. */
static void test_check_returns_after_a_timeout(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_sim_config sc;
	(void)state;

	cxlmb_sim_fini(&sim);
	cxlmb_sim_config_default(&sc);
	sc.quirks = CXLMB_SIM_Q(STUCK_DOORBELL);
	assert_int_equal(cxlmb_sim_init(&sim, &sc), 0);
	init_mb(&mb, &plain_ops);
	mb.cfg.cmd_timeout_ns = 1000000;
	assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), CXLMB_E_TIMEOUT);
	uint64_t before = sim.commands;
	assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), CXLMB_E_DOORBELL_BUSY);
	assert_int_equal(writes(), 0);
	assert_int_equal(sim.commands, before);
}

/* After Request Abort the next command checks the doorbell. */
static void test_check_returns_after_an_abort(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	(void)state;

	init_mb(&mb, &plain_ops);
	assert_int_equal(send(&mb, 0x4400, NULL, 0, &res), 0); /* Sanitize: background */
	assert_int_equal(res.rc, CXLMB_RC_BACKGROUND);
	reset_counts();
	assert_int_equal(cxlmb_mbox_bg_abort(&mb, &res), 0);
	assert_int_equal(cnt.first_kind, 'w'); /* the abort itself is a known-idle send */
	assert_int_equal(send(&mb, 0x0001, NULL, 0, &res), 0);
	assert_int_equal(cnt.first_kind, 'r');
	assert_int_equal(cnt.first_off, CTRL);
	assert_int_equal(cxlmb_mbox_bg_abort(NULL, &res), CXLMB_E_INVALID_ARG);
}

/* ---- a plain memory device that echoes its input ---- */

/* Registers at any 4-byte boundary, but an 8-byte payload access must be
 * 8-aligned in the block (as a bus would need it), and nothing may leave
 * the region. */
struct echo {
	uint8_t blk[0x400];
	uint32_t mbox_off, mbox_len;
	unsigned pay8, pay4;  /* payload accesses by size */
	uint32_t written_end; /* end of the last payload byte written, from the area */
	bool bad;             /* an access the bus would refuse */
};

static struct echo ed;

static uint64_t get(uint32_t off, unsigned n)
{
	uint64_t v = 0;
	for (unsigned i = 0; i < n; i++)
		v |= (uint64_t)ed.blk[off + i] << (8 * i);
	return v;
}

static void put(uint32_t off, uint64_t v, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		ed.blk[off + i] = (uint8_t)(v >> (8 * i));
}

static bool check(uint32_t off, unsigned n)
{
	uint32_t pay = ed.mbox_off + CXLMB_MBOX_PAYLOAD;
	if (off % 4 || off < ed.mbox_off || off + n > ed.mbox_off + ed.mbox_len) {
		ed.bad = true;
		return false;
	}
	if (off >= pay) {
		if (n == 8 && off % 8) {
			ed.bad = true;
			return false;
		}
		if (n == 8)
			ed.pay8++;
		else
			ed.pay4++;
	}
	return true;
}

static int e_rd(void *c, uint32_t off, uint64_t *v, unsigned n)
{
	(void)c;
	if (!check(off, n))
		return CXLMB_E_BACKEND;
	*v = get(off, n);
	return 0;
}

static int e_r32(void *c, uint32_t off, uint32_t *v)
{
	uint64_t x = 0;
	int rc = e_rd(c, off, &x, 4);
	*v = (uint32_t)x;
	return rc;
}

static int e_r64(void *c, uint32_t off, uint64_t *v)
{
	return e_rd(c, off, v, 8);
}

static int e_wr(void *c, uint32_t off, uint64_t v, unsigned n)
{
	uint32_t pay = ed.mbox_off + CXLMB_MBOX_PAYLOAD;
	(void)c;
	if (!check(off, n))
		return CXLMB_E_BACKEND;
	put(off, v, n);
	if (off >= pay && off + n - pay > ed.written_end)
		ed.written_end = off + n - pay;
	if (off == ed.mbox_off + CXLMB_MBOX_CTRL && (v & CXLMB_MBOX_CTRL_DOORBELL)) {
		/* the input stays where it is: the output, same length, Success */
		put(ed.mbox_off + CXLMB_MBOX_STATUS, 0, 8);
		put(ed.mbox_off + CXLMB_MBOX_CTRL, 0, 4);
	}
	return 0;
}

static int e_w32(void *c, uint32_t off, uint32_t v)
{
	return e_wr(c, off, v, 4);
}

static int e_w64(void *c, uint32_t off, uint64_t v)
{
	return e_wr(c, off, v, 8);
}

static const struct cxlmb_backend_ops echo_ops = { e_r32, e_r64, e_w32, e_w64,
						   NULL,  NULL,  NULL,  NULL };

/* Every length up to a payload area of 104h bytes (not a multiple of 8),
 * on an 8-aligned area (ceil(len / 8) accesses each way) and on one that
 * is only 4-aligned (ceil(len / 4)): the bytes come back, the padding
 * written past the input is zeros, nothing leaves the area. */
static void echo_every_length(uint32_t mbox_off, bool aligned)
{
	static uint8_t in[0x110], out[0x110];
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	const uint32_t P = 0x104;

	memset(&ed, 0, sizeof(ed));
	ed.mbox_off = mbox_off;
	ed.mbox_len = CXLMB_MBOX_PAYLOAD + P;
	put(mbox_off + CXLMB_MBOX_CAPS, 9, 4); /* 512 bytes claimed, 104h mapped */
	cxlmb_mbox_config_default(&cfg);
	cfg.mbox_off = mbox_off;
	cfg.mbox_len = ed.mbox_len;
	assert_int_equal(cxlmb_mbox_init(&mb, &echo_ops, NULL, &cfg), 0);
	assert_int_equal(mb.payload_size, P);
	for (size_t i = 0; i < sizeof(in); i++)
		in[i] = (uint8_t)(0x80 | (i * 13));
	for (uint32_t len = 0; len <= P; len++) {
		unsigned words = aligned ? (len + 7) / 8 : (len + 3) / 4;
		memset(ed.blk + mbox_off + CXLMB_MBOX_PAYLOAD, 0xEE, P);
		memset(out, 0xA5, sizeof(out));
		ed.pay8 = ed.pay4 = 0;
		ed.written_end = 0;
		assert_int_equal(cxlmb_mbox_send(&mb, 0x1234, in, len, out, sizeof(out), &res), 0);
		assert_false(ed.bad);
		assert_int_equal(res.out_len, len);
		assert_int_equal(res.copied, len);
		assert_memory_equal(out, in, len);
		assert_int_equal(out[len], 0xA5); /* nothing past the output */
		assert_int_equal(ed.pay8 + ed.pay4, 2 * words);
		if (!aligned)
			assert_int_equal(ed.pay8, 0);
		/* the words written end past the input only by zeros */
		assert_true(ed.written_end >= len && ed.written_end <= P);
		for (uint32_t k = len; k < ed.written_end; k++)
			assert_int_equal(ed.blk[mbox_off + CXLMB_MBOX_PAYLOAD + k], 0);
		assert_int_equal(ed.written_end,
				 aligned && len % 8 > 4 ? (len + 7) & ~7u : (len + 3) & ~3u);
	}
}

static void test_plain_path_8_byte_words(void **state)
{
	(void)state;
	echo_every_length(0x100, true);
}

static void test_plain_path_4_byte_words_when_unaligned(void **state)
{
	(void)state;
	echo_every_length(0x104, false);
}

static int setup(void **state)
{
	(void)state;
	return cxlmb_sim_init(&sim, NULL) ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	cxlmb_sim_fini(&sim);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_each_command_costs_the_bound, setup, teardown),
		cmocka_unit_test_setup_teardown(test_first_command_checks_the_doorbell, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_busy_at_start_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_device_error_keeps_the_doorbell_known, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_truncated_output_keeps_the_doorbell_known,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_returns_after_a_backend_error, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_check_returns_after_a_bad_length, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_check_returns_after_a_timeout, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_returns_after_an_abort, setup, teardown),
		cmocka_unit_test(test_plain_path_8_byte_words),
		cmocka_unit_test(test_plain_path_4_byte_words_when_unaligned),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
