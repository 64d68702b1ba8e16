/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Every register access the transport makes can fail, and each failure
 * must come back to the caller: a backend over the simulator fails its
 * k-th access, for every k a clean run makes, and the transport returns
 * the backend's code (one of the library's own is kept, anything else is
 * CXLMB_E_BACKEND). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

static struct cxlmb_sim sim;
static unsigned accesses, fail_at;
static int fail_code;

/* count this access; the k-th one fails */
static int hit(void)
{
	return ++accesses == fail_at ? fail_code : 0;
}

static int f_read32(void *ctx, uint32_t off, uint32_t *v)
{
	return hit() ? fail_code : cxlmb_sim_ops.read32(ctx, off, v);
}
static int f_read64(void *ctx, uint32_t off, uint64_t *v)
{
	return hit() ? fail_code : cxlmb_sim_ops.read64(ctx, off, v);
}
static int f_write32(void *ctx, uint32_t off, uint32_t v)
{
	return hit() ? fail_code : cxlmb_sim_ops.write32(ctx, off, v);
}
static int f_write64(void *ctx, uint32_t off, uint64_t v)
{
	return hit() ? fail_code : cxlmb_sim_ops.write64(ctx, off, v);
}
static int f_read_bytes(void *ctx, uint32_t off, uint8_t *dst, size_t len)
{
	return hit() ? fail_code : cxlmb_sim_ops.read_bytes(ctx, off, dst, len);
}
static int f_write_bytes(void *ctx, uint32_t off, const uint8_t *src, size_t len)
{
	return hit() ? fail_code : cxlmb_sim_ops.write_bytes(ctx, off, src, len);
}
static uint64_t f_now(void *ctx)
{
	return cxlmb_sim_ops.now_ns(ctx);
}
static void f_delay(void *ctx, uint64_t ns)
{
	cxlmb_sim_ops.delay_ns(ctx, ns);
}

/* with bulk copies, and without (the plain payload path: register accesses) */
static const struct cxlmb_backend_ops bulk_ops = {
	f_read32, f_read64, f_write32, f_write64, f_read_bytes, f_write_bytes, f_now, f_delay
};
static const struct cxlmb_backend_ops word_ops = {
	f_read32, f_read64, f_write32, f_write64, NULL, NULL, f_now, f_delay
};

enum step { INIT, SEND, BG_STATUS, BG_WAIT, BG_ABORT };

/* A fresh device, the transport over ops, then one step; returns the
 * step's result (the init's for INIT). */
static int run(const struct cxlmb_backend_ops *ops, enum step step)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config mc;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;
	uint8_t in[64], out[128];
	unsigned saved = fail_at;
	int rc;

	cxlmb_sim_reset(&sim);
	cxlmb_sim_mbox_config(&sim, &mc);
	if (step != INIT)
		fail_at = 0; /* the setup does not fail */
	accesses = 0;
	rc = cxlmb_mbox_init(&mb, ops, &sim, &mc);
	if (step == INIT)
		return rc;
	assert_int_equal(rc, 0);
	if (step == BG_WAIT) { /* Sanitize runs in the background (10 ms virtual) */
		assert_int_equal(cxlmb_mbox_send(&mb, 0x4400, NULL, 0, out, sizeof(out), &res), 0);
		assert_int_equal(res.rc, CXLMB_RC_BACKGROUND);
	}
	accesses = 0;
	fail_at = saved;
	switch (step) {
	case SEND: /* Set Timestamp (8 bytes in), then nothing out; Identify out */
		memset(in, 0x11, sizeof(in));
		rc = cxlmb_mbox_send(&mb, 0x0301, in, 8, out, sizeof(out), &res);
		if (rc)
			return rc;
		assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
		rc = cxlmb_mbox_send(&mb, 0x0001, NULL, 0, out, sizeof(out), &res);
		if (rc)
			return rc;
		assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
		assert_int_equal(res.copied, CXLMB_IDENTIFY_RSP_LEN);
		return 0;
	case BG_STATUS:
		return cxlmb_mbox_bg_status(&mb, &st);
	case BG_WAIT:
		rc = cxlmb_mbox_bg_wait(&mb, 1000000000, &st);
		if (rc == 0)
			assert_int_equal(st.percent, 100);
		return rc;
	default:
		return cxlmb_mbox_bg_abort(&mb, &res);
	}
}

static void every_access_fails_once(const struct cxlmb_backend_ops *ops, enum step step)
{
	unsigned total;

	fail_at = 0;
	assert_int_equal(run(ops, step), 0);
	total = accesses;
	assert_true(total > 0);
	for (unsigned k = 1; k <= total; k++) {
		/* a code of the library's own is kept ... */
		fail_at = k;
		fail_code = CXLMB_E_TIMEOUT;
		if (run(ops, step) != CXLMB_E_TIMEOUT)
			fail_msg("step %d: failing access %u of %u was not reported", step, k, total);
		/* ... anything else is a backend failure */
		fail_code = -5;
		if (run(ops, step) != CXLMB_E_BACKEND)
			fail_msg("step %d: failing access %u of %u (-5) was not BACKEND", step, k,
				 total);
	}
	fail_at = 0;
}

static void test_init_faults(void **state)
{
	(void)state;
	every_access_fails_once(&bulk_ops, INIT);
}

static void test_send_faults_bulk(void **state)
{
	(void)state;
	every_access_fails_once(&bulk_ops, SEND);
}

static void test_send_faults_32bit(void **state)
{
	(void)state;
	every_access_fails_once(&word_ops, SEND);
}

static void test_bg_faults(void **state)
{
	(void)state;
	every_access_fails_once(&bulk_ops, BG_STATUS);
	every_access_fails_once(&bulk_ops, BG_WAIT);
	every_access_fails_once(&bulk_ops, BG_ABORT);
}

/* A backend with bulk copies gets one call per payload copy: Set
 * Timestamp writes 8 bytes, Identify reads 12h; the plain path takes one
 * 8-byte access per 8 bytes of each (the 2-byte tail in one 4-byte one). */
static void test_bulk_copies_are_used(void **state)
{
	unsigned bulk, word;
	(void)state;

	fail_at = 0;
	assert_int_equal(run(&bulk_ops, SEND), 0);
	bulk = accesses;
	assert_int_equal(run(&word_ops, SEND), 0);
	word = accesses;
	assert_int_equal(word - bulk, (8 / 8 - 1) + ((CXLMB_IDENTIFY_RSP_LEN + 7) / 8 - 1));
}

static void test_arguments(void **state)
{
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config mc;
	struct cxlmb_backend_ops no_write64 = bulk_ops;
	struct cxlmb_bg_status st;
	(void)state;

	cxlmb_sim_mbox_config(&sim, &mc);
	no_write64.write64 = NULL;
	assert_int_equal(cxlmb_mbox_init(NULL, &bulk_ops, &sim, &mc), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_init(&mb, NULL, &sim, &mc), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_init(&mb, &bulk_ops, &sim, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_init(&mb, &no_write64, &sim, &mc), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_bg_status(NULL, &st), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_bg_wait(NULL, 0, &st), CXLMB_E_INVALID_ARG);
	fail_at = 0;
	assert_int_equal(cxlmb_mbox_init(&mb, &bulk_ops, &sim, &mc), 0);
	assert_int_equal(cxlmb_mbox_bg_status(&mb, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_bg_wait(&mb, 0, NULL), CXLMB_E_INVALID_ARG);
	mb.ops = NULL;
	assert_int_equal(cxlmb_mbox_bg_status(&mb, &st), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mbox_bg_wait(&mb, 0, &st), CXLMB_E_INVALID_ARG);
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
		cmocka_unit_test(test_init_faults),
		cmocka_unit_test(test_send_faults_bulk),
		cmocka_unit_test(test_send_faults_32bit),
		cmocka_unit_test(test_bg_faults),
		cmocka_unit_test(test_bulk_copies_are_used),
		cmocka_unit_test(test_arguments),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
