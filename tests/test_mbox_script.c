/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The mailbox transport against a scripted device that the simulator cannot
 * be: registers that change between two reads, time that passes while the
 * host busy-polls, a mailbox region shorter than the device claims, backend
 * hooks that fail.  Each test names the defect it guards (issues 10, 14). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

#define MBOX_OFF 0x100u
#define MEMDEV_OFF 0x40u

struct dev {
	uint32_t region_len;  /* bytes mapped from MBOX_OFF */
	uint32_t caps;        /* payload shift */
	uint64_t clock;       /* device time, ns */
	uint64_t read_cost;   /* ns each register read takes */
	uint64_t done_at;     /* doorbell clears at this clock (UINT64_MAX: never) */
	bool doorbell;
	uint64_t cmd;         /* Command register as written, then as answered */
	uint16_t rc;          /* return code of the next command */
	uint32_t out_len;     /* output length of the next command */
	/* background operation: a read-count script */
	unsigned reads;       /* register reads so far */
	unsigned bg_end_read; /* the operation ends after this many reads */
	uint64_t bg_running, bg_final;
	bool bg_wobble;       /* Background Command Status changes on every read */
	int fail;             /* every op returns this when non-zero */
	unsigned out_of_region; /* accesses outside the mapped region */
	uint32_t lowest, highest; /* offsets touched */
};

static struct dev d;

static void touch(uint32_t off, size_t len)
{
	bool memdev = off == MEMDEV_OFF && len == 8;
	if (!memdev && (off < MBOX_OFF || off - MBOX_OFF > d.region_len ||
			len > d.region_len - (off - MBOX_OFF)))
		d.out_of_region++;
	if (off < d.lowest)
		d.lowest = off;
	if (off + len > d.highest)
		d.highest = (uint32_t)(off + len);
}

static bool running(void)
{
	return d.reads <= d.bg_end_read;
}

static uint64_t reg_value(uint32_t reg)
{
	switch (reg) {
	case CXLMB_MBOX_CAPS: return d.caps;
	case CXLMB_MBOX_CTRL:
		if (d.doorbell && d.clock >= d.done_at)
			d.doorbell = false;
		return d.doorbell;
	case CXLMB_MBOX_CMD: return d.cmd;
	case CXLMB_MBOX_STATUS: return (uint64_t)d.rc << 32 | (running() ? 1u : 0u);
	case CXLMB_MBOX_BG_STATUS:
		if (running())
			return d.bg_running;
		return d.bg_wobble ? d.bg_final ^ ((uint64_t)d.reads << 48) : d.bg_final;
	default: return 0;
	}
}

static int r32(void *c, uint32_t off, uint32_t *v)
{
	(void)c;
	touch(off, 4);
	if (d.fail)
		return d.fail;
	d.reads++;
	d.clock += d.read_cost;
	*v = off >= MBOX_OFF ? (uint32_t)reg_value(off - MBOX_OFF) : 0;
	return 0;
}

static int r64(void *c, uint32_t off, uint64_t *v)
{
	(void)c;
	touch(off, 8);
	if (d.fail)
		return d.fail;
	d.reads++;
	d.clock += d.read_cost;
	*v = off == MEMDEV_OFF ? CXLMB_MEMDEV_STATUS_MBOX_READY : reg_value(off - MBOX_OFF);
	return 0;
}

static int w32(void *c, uint32_t off, uint32_t v)
{
	(void)c;
	touch(off, 4);
	if (d.fail)
		return d.fail;
	if (off == MBOX_OFF + CXLMB_MBOX_CTRL && (v & 1)) {
		d.doorbell = true;
		d.cmd = (d.cmd & 0xFFFF) | (uint64_t)d.out_len << CXLMB_MBOX_CMD_LEN_SHIFT;
	}
	return 0;
}

static int w64(void *c, uint32_t off, uint64_t v)
{
	(void)c;
	touch(off, 8);
	if (d.fail)
		return d.fail;
	if (off == MBOX_OFF + CXLMB_MBOX_CMD)
		d.cmd = v;
	return 0;
}

static uint64_t now(void *c)
{
	(void)c;
	return d.clock;
}

static uint64_t frozen(void *c)
{
	(void)c;
	return 42;
}

static void delay(void *c, uint64_t ns)
{
	(void)c;
	d.clock += ns;
}

static void reset_dev(void)
{
	memset(&d, 0, sizeof(d));
	d.region_len = CXLMB_MBOX_PAYLOAD + 256;
	d.caps = 8;
	d.done_at = 0;
	d.bg_end_read = 0;
	d.lowest = UINT32_MAX;
}

static struct cxlmb_mbox_config config(void)
{
	struct cxlmb_mbox_config c;
	assert_int_equal(cxlmb_mbox_config_default(&c), 0);
	c.mbox_off = MBOX_OFF;
	c.mbox_len = d.region_len;
	c.memdev_status_off = MEMDEV_OFF;
	c.has_memdev_status = true;
	return c;
}

static const struct cxlmb_backend_ops ops_all = { r32, r64, w32, w64, NULL, NULL, now, delay };

/* ---- background status (issue 10: a failed operation reported as a success) ---- */

#define BG(op, pct, rc) ((uint64_t)(op) | (uint64_t)(pct) << 16 | (uint64_t)(rc) << 32)

/* The operation ends after k register reads, for every k: whichever two
 * reads it ends between, the transport reports its final state. */
static void test_bg_status_cannot_tear(void **state)
{
	(void)state;
	for (unsigned k = 0; k < 12; k++) {
		struct cxlmb_mbox mb;
		struct cxlmb_mbox_config c;
		struct cxlmb_bg_status st;
		reset_dev();
		c = config();
		c.has_memdev_status = false;
		assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), 0);
		d.reads = 0;
		d.bg_end_read = k;
		d.bg_running = BG(0x4400, 40, 0);
		d.bg_final = BG(0x4400, 100, CXLMB_RC_INTERNAL); /* a Sanitize that failed */
		for (unsigned n = 0; n < 20; n++) {
			assert_int_equal(cxlmb_mbox_bg_status(&mb, &st), 0);
			if (!st.running)
				break;
		}
		assert_false(st.running);
		assert_int_equal(st.rc, CXLMB_RC_INTERNAL);
		assert_int_equal(st.percent, 100);
	}
}

static void start_bg(struct cxlmb_mbox *mb, uint16_t opcode)
{
	struct cxlmb_mbox_result res;
	struct cxlmb_mbox_config c = config();
	c.has_memdev_status = false;
	assert_int_equal(cxlmb_mbox_init(mb, &ops_all, NULL, &c), 0);
	d.rc = CXLMB_RC_BACKGROUND;
	assert_int_equal(cxlmb_mbox_send(mb, opcode, NULL, 0, NULL, 0, &res), 0);
	assert_true(res.bg_started);
	d.reads = 0;
}

static void test_bg_wait_checks_what_ended(void **state)
{
	(void)state;
	struct cxlmb_mbox mb;
	struct cxlmb_bg_status st;

	/* torn on every boundary: never Success for a failed operation */
	for (unsigned k = 0; k < 12; k++) {
		reset_dev();
		start_bg(&mb, 0x4400);
		d.bg_end_read = k;
		d.bg_running = BG(0x4400, 40, 0);
		d.bg_final = BG(0x4400, 100, CXLMB_RC_INTERNAL);
		assert_int_equal(cxlmb_mbox_bg_wait(&mb, 1000000000ull, &st), 0);
		assert_int_equal(st.rc, CXLMB_RC_INTERNAL);
	}
	/* Success below 100% */
	reset_dev();
	start_bg(&mb, 0x4400);
	d.bg_end_read = 3;
	d.bg_running = BG(0x4400, 40, 0);
	d.bg_final = BG(0x4400, 60, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_mbox_bg_wait(&mb, 1000000000ull, &st), CXLMB_E_BG_INCONSISTENT);
	/* another opcode than the one started */
	reset_dev();
	start_bg(&mb, 0x4400);
	d.bg_end_read = 3;
	d.bg_final = BG(0x0201, 100, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_mbox_bg_wait(&mb, 1000000000ull, &st), CXLMB_E_BG_INCONSISTENT);
	/* an aborted operation stops short of 100%: its return code says so */
	reset_dev();
	start_bg(&mb, 0x4400);
	d.bg_end_read = 3;
	d.bg_final = BG(0x4400, 30, CXLMB_RC_ABORTED);
	assert_int_equal(cxlmb_mbox_bg_wait(&mb, 1000000000ull, &st), 0);
	assert_int_equal(st.rc, CXLMB_RC_ABORTED);
	/* and the good case */
	reset_dev();
	start_bg(&mb, 0x4400);
	d.bg_end_read = 3;
	d.bg_final = BG(0x4400, 100, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_mbox_bg_wait(&mb, 1000000000ull, &st), 0);
	assert_int_equal(st.opcode, 0x4400);
	/* a status that never settles after the end */
	reset_dev();
	start_bg(&mb, 0x4400);
	d.bg_final = BG(0x4400, 100, CXLMB_RC_SUCCESS);
	d.bg_wobble = true;
	assert_int_equal(cxlmb_mbox_bg_status(&mb, &st), CXLMB_E_BG_INCONSISTENT);
}

/* ---- mbox_len (issue 10: the length check failed open) ---- */

static void test_mbox_len_required_and_clamps(void **state)
{
	(void)state;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config c;
	struct cxlmb_mbox_result res;
	static uint8_t in[1u << 20], out[1u << 20];

	reset_dev();
	c = config();
	c.mbox_len = 0;
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), CXLMB_E_INVALID_ARG);
	c.mbox_len = CXLMB_MBOX_PAYLOAD + 255; /* no room for the smallest payload */
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), CXLMB_E_BAD_PAYLOAD_SIZE);
	c.mbox_off = 0xFFFFFF00u; /* the region wraps the 32-bit offset space */
	c.mbox_len = 0x1000;
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), CXLMB_E_INVALID_ARG);

	/* a device claiming 1 MiB behind a 4 KiB mapping */
	reset_dev();
	d.region_len = 0x1000;
	d.caps = 20;
	c = config();
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), 0);
	assert_int_equal(mb.payload_size, 0x1000 - CXLMB_MBOX_PAYLOAD);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, in, mb.payload_size + 1, out, sizeof(out), &res),
			 CXLMB_E_INPUT_TOO_LARGE);
	d.out_len = 0x80000; /* an output length it cannot hold */
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, in, mb.payload_size, out, sizeof(out), &res),
			 CXLMB_E_OUTPUT_TOO_LARGE);
	d.out_len = mb.payload_size - 1; /* the most it can: every access inside */
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, in, mb.payload_size - 3, out, sizeof(out), &res),
			 0);
	assert_int_equal(res.copied, mb.payload_size - 1);
	assert_int_equal(d.out_of_region, 0);
	assert_true(d.highest <= MBOX_OFF + 0x1000);
	/* a region that is not a multiple of 4: the 32-bit copies stay inside */
	reset_dev();
	d.region_len = 0x20 + 0x103;
	d.caps = 9;
	c = config();
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), 0);
	assert_int_equal(mb.payload_size, 0x100);
	d.out_len = 0x100;
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, in, 0xFF, out, sizeof(out), &res), 0);
	assert_int_equal(d.out_of_region, 0);
}

/* ---- one register shape (issue 10: rd32 relative, rd64 absolute) ---- */

/* Not a failing regression (the two shapes gave the same offsets): a guard
 * that every access lands on a mailbox register or the readiness one, with
 * the mailbox away from offset 0 so a missing or doubled base shows. */
static void test_every_access_in_its_region(void **state)
{
	(void)state;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;
	uint8_t buf[64] = { 0 };

	reset_dev();
	struct cxlmb_mbox_config c = config();
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), 0);
	d.out_len = 64;
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, buf, 64, buf, 64, &res), 0);
	assert_int_equal(cxlmb_mbox_bg_status(&mb, &st), 0);
	d.out_len = 0;
	assert_int_equal(cxlmb_mbox_bg_abort(&mb, &res), 0);
	assert_int_equal(d.out_of_region, 0);
	assert_int_equal(d.lowest, MEMDEV_OFF);
	assert_int_equal(d.highest, MBOX_OFF + CXLMB_MBOX_PAYLOAD + 64);
}

/* ---- NULL (issue 10: two public functions crashed) ---- */

static void test_null_arguments(void **state)
{
	(void)state;
	assert_int_equal(cxlmb_mbox_config_default(NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_result_err(NULL), CXLMB_E_INVALID_ARG);
}

/* ---- time budgets per hook combination (issue 14) ---- */

/* A device that clears the doorbell 50 ms after it was rung, polled with
 * a 100 ms budget and 10 us polls: 10,000 polls if each counted as 10 us,
 * far fewer than the 1.25 million 40 ns reads the device needs. */
static int run_slow_command(const struct cxlmb_backend_ops *ops, uint64_t cost_ns,
			    uint64_t *elapsed)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_mbox_config c;

	reset_dev();
	d.read_cost = 40;
	c = config();
	c.has_memdev_status = false;
	c.cmd_timeout_ns = 100000000ull;
	c.poll_cost_ns = cost_ns;
	assert_int_equal(cxlmb_mbox_init(&mb, ops, NULL, &c), 0);
	d.done_at = d.clock + 50000000ull;
	uint64_t t0 = d.clock;
	int rc = cxlmb_mbox_send(&mb, 0x0001, NULL, 0, NULL, 0, &res);
	*elapsed = d.clock - t0;
	return rc;
}

static void test_budgets_every_hook_combination(void **state)
{
	(void)state;
	struct cxlmb_backend_ops clock_only = { r32, r64, w32, w64, NULL, NULL, now, NULL };
	struct cxlmb_backend_ops delay_only = { r32, r64, w32, w64, NULL, NULL, NULL, delay };
	struct cxlmb_backend_ops neither = { r32, r64, w32, w64, NULL, NULL, NULL, NULL };
	uint64_t t;

	/* both hooks: the clock measures */
	assert_int_equal(run_slow_command(&ops_all, 100, &t), 0);
	assert_true(t >= 50000000ull);
	/* a clock, busy-polling: the clock measures, not the poll count */
	assert_int_equal(run_slow_command(&clock_only, 100, &t), 0);
	assert_true(t >= 50000000ull && t < 51000000ull);
	/* delays only: each delay counts what it asked for */
	assert_int_equal(run_slow_command(&delay_only, 100, &t), 0);
	/* neither: each poll counts poll_cost_ns, here the device's true cost */
	assert_int_equal(run_slow_command(&neither, 40, &t), 0);
	assert_true(t >= 50000000ull);

	/* and each ends a device that never answers, not before the budget */
	for (unsigned k = 0; k < 4; k++) {
		const struct cxlmb_backend_ops *o[] = { &ops_all, &clock_only, &delay_only, &neither };
		struct cxlmb_mbox mb;
		struct cxlmb_mbox_result res;
		struct cxlmb_mbox_config c;
		reset_dev();
		d.read_cost = 40;
		c = config();
		c.has_memdev_status = false;
		c.cmd_timeout_ns = 10000000ull; /* 10 ms */
		c.poll_cost_ns = 40;
		assert_int_equal(cxlmb_mbox_init(&mb, o[k], NULL, &c), 0);
		d.done_at = UINT64_MAX;
		uint64_t t0 = d.clock;
		assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, NULL, 0, NULL, 0, &res), CXLMB_E_TIMEOUT);
		assert_true(d.clock - t0 >= c.cmd_timeout_ns);
		/* with a clock, within a poll of the budget; without one the
		 * reads themselves add what cannot be measured (1000 x 40 ns) */
		if (o[k]->now_ns)
			assert_true(d.clock - t0 <= c.cmd_timeout_ns + 2 * c.poll_ns + 1000);
		else
			assert_true(d.clock - t0 <= c.cmd_timeout_ns + c.cmd_timeout_ns / 10);
	}
}

/* The readiness wait and the background wait measure the same way. */
static uint64_t ready_at;
static int r64_late_ready(void *c, uint32_t off, uint64_t *v)
{
	int rc = r64(c, off, v);
	if (!rc && off == MEMDEV_OFF && d.clock < ready_at)
		*v = 0;
	return rc;
}

static void test_ready_and_bg_budgets_without_delay(void **state)
{
	(void)state;
	struct cxlmb_backend_ops ops = { r32, r64_late_ready, w32, w64, NULL, NULL, now, NULL };
	struct cxlmb_mbox mb;
	struct cxlmb_bg_status st;
	struct cxlmb_mbox_config c;

	reset_dev();
	d.read_cost = 40;
	ready_at = 30000000ull; /* ready after 30 ms */
	c = config();
	c.ready_timeout_ns = 60000000ull;
	assert_int_equal(cxlmb_mbox_init(&mb, &ops, NULL, &c), 0);
	assert_true(d.clock >= ready_at);
	/* a background operation of 20 ms = 500,000 reads of 40 ns */
	d.bg_end_read = d.reads + 500000;
	d.bg_final = BG(0x4400, 100, 0);
	assert_int_equal(cxlmb_mbox_bg_wait(&mb, 40000000ull, &st), 0);
	assert_false(st.running);
}

/* A clock that never moves while busy-polling cannot hang the host. */
static void test_frozen_clock_without_delay_terminates(void **state)
{
	(void)state;
	struct cxlmb_backend_ops ops = { r32, r64, w32, w64, NULL, NULL, frozen, NULL };
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_mbox_config c;

	reset_dev();
	c = config();
	c.has_memdev_status = false;
	assert_int_equal(cxlmb_mbox_init(&mb, &ops, NULL, &c), 0);
	d.done_at = UINT64_MAX;
	unsigned r0 = d.reads;
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, NULL, 0, NULL, 0, &res), CXLMB_E_TIMEOUT);
	assert_true(d.reads - r0 >= CXLMB_MBOX_STALL_POLLS);
	assert_true(d.reads - r0 <= CXLMB_MBOX_STALL_POLLS + 8);
}

/* ---- backend error codes (issue 14: every failure became BACKEND) ---- */

static void test_backend_error_code_kept(void **state)
{
	(void)state;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;
	struct cxlmb_mbox_config c;

	reset_dev();
	c = config();
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), 0);
	d.fail = CXLMB_E_OUT_OF_RANGE;
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, NULL, 0, NULL, 0, &res), CXLMB_E_OUT_OF_RANGE);
	assert_int_equal(cxlmb_mbox_bg_status(&mb, &st), CXLMB_E_OUT_OF_RANGE);
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), CXLMB_E_OUT_OF_RANGE);
	d.fail = -5; /* an errno is not one of ours */
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), CXLMB_E_BACKEND);
	d.fail = CXLMB_E_COUNT_ + 3;
	assert_int_equal(cxlmb_mbox_init(&mb, &ops_all, NULL, &c), CXLMB_E_BACKEND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bg_status_cannot_tear),
		cmocka_unit_test(test_bg_wait_checks_what_ended),
		cmocka_unit_test(test_mbox_len_required_and_clamps),
		cmocka_unit_test(test_every_access_in_its_region),
		cmocka_unit_test(test_null_arguments),
		cmocka_unit_test(test_budgets_every_hook_combination),
		cmocka_unit_test(test_ready_and_bg_budgets_without_delay),
		cmocka_unit_test(test_frozen_clock_without_delay_terminates),
		cmocka_unit_test(test_backend_error_code_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
