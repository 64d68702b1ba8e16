/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Each simulator quirk shows the misbehaviour it names, through the real
 * transport (the conformance suite is proven against these). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

static struct cxlmb_sim sim;
static struct cxlmb_mbox mb;
static uint8_t out[4096];

static void start(uint32_t quirks)
{
	struct cxlmb_sim_config sc;
	struct cxlmb_mbox_config mc;
	cxlmb_sim_config_default(&sc);
	sc.quirks = quirks;
	assert_int_equal(cxlmb_sim_init(&sim, &sc), 0);
	cxlmb_sim_mbox_config(&sim, &mc);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc), 0);
}

static void test_names_round_trip(void **state)
{
	(void)state;
	for (unsigned i = 0; i < CXLMB_SIM_QUIRK_COUNT; i++) {
		assert_non_null(cxlmb_sim_quirk_name(i));
		assert_non_null(cxlmb_sim_quirk_desc(i));
		assert_int_equal(cxlmb_sim_quirk_by_name(cxlmb_sim_quirk_name(i)), (int)i);
	}
	assert_int_equal(cxlmb_sim_quirk_by_name("no-such-quirk"), -1);
	assert_null(cxlmb_sim_quirk_name(CXLMB_SIM_QUIRK_COUNT));
}

static void test_doorbell_cleared_early(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	start(CXLMB_SIM_Q(DOORBELL_EARLY));
	/* the host sees the doorbell drop and reads stale results */
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(res.out_len, 0);
	/* a millisecond later the real answer is there */
	sim.now_ns += 1000000;
	uint64_t cmd;
	assert_int_equal(cxlmb_sim_ops.read64(&sim, CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CMD, &cmd), 0);
	assert_int_equal((cmd >> 16) & 0x1FFFFF, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	cxlmb_sim_fini(&sim);
}

static void test_cel_missing(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	struct cxlmb_get_supported_logs_rsp logs;
	uint8_t req[0x18] = { 0 };
	start(CXLMB_SIM_Q(CEL_MISSING));
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0400, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(out, res.out_len, CXLMB_STRICT, &logs), 0);
	assert_int_equal(logs.count, 0);
	memcpy(req, cxlmb_uuid_cel, 16);
	req[0x14] = 4;
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0401, req, sizeof(req), out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_INVALID_LOG);
	cxlmb_sim_fini(&sim);
}

static void test_cel_extra(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	uint8_t req[0x18] = { 0 }, sec[8] = { 0 };
	uint32_t count;
	bool listed = false;
	start(CXLMB_SIM_Q(CEL_EXTRA));
	memcpy(req, cxlmb_uuid_cel, 16);
	req[0x14] = (uint8_t)(4 * (cxlmb_sim_command_count() + 1));
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0401, req, sizeof(req), out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(cxlmb_cel_validate(out, res.out_len, CXLMB_STRICT, &count), 0);
	for (uint32_t i = 0; i < count; i++)
		listed |= out[4 * i] == 0x00 && out[4 * i + 1] == 0x46;
	assert_true(listed);
	/* ... but the device does not implement it */
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4600, sec, sizeof(sec), out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_UNSUPPORTED);
	cxlmb_sim_fini(&sim);
}

/* Quirks switched on and off on a running device: the CEL follows.  Its
 * size, from Get Supported Logs (r3.2 §8.2.10.5.1, Tables 8-71/8-72: count,
 * 6 reserved, then 20-byte entries of UUID and size). */
static size_t cel_len(void)
{
	struct cxlmb_mbox_result res;
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0400, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	for (size_t e = 8; e + 20 <= res.out_len; e += 20)
		if (memcmp(out + e, cxlmb_uuid_cel, 16) == 0)
			return (size_t)out[e + 16] | (size_t)out[e + 17] << 8;
	fail_msg("no CEL in Get Supported Logs");
	return 0;
}

static void test_set_quirks_running(void **state)
{
	struct cxlmb_mbox_result res;
	size_t plain;
	(void)state;
	start(0);
	plain = cel_len();
	assert_int_equal(plain, 4 * cxlmb_sim_command_count());
	cxlmb_sim_set_quirks(&sim, CXLMB_SIM_Q(CEL_EXTRA) | CXLMB_SIM_Q(FORCE_RC), 0x0015);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0001, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0x0015);
	cxlmb_sim_set_quirks(&sim, CXLMB_SIM_Q(CEL_EXTRA), 0);
	assert_int_equal(cel_len(), plain + 4); /* it lists 4600h too */
	cxlmb_sim_set_quirks(&sim, 0, 0);
	assert_int_equal(cel_len(), plain);
	cxlmb_sim_fini(&sim);
}

static void test_corrupt_reserved(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_op_status_rsp bs;
	start(CXLMB_SIM_Q(CORRUPT_RESERVED));
	assert_int_equal(cxlmb_mbox_send(&mb, 0x0002, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(out, res.out_len, CXLMB_STRICT, &bs), CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(out, res.out_len, CXLMB_LENIENT, &bs), 0);
	cxlmb_sim_fini(&sim);
}

static void test_early_answer(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	start(CXLMB_SIM_Q(EARLY_ANSWER));
	memset(out, 0xA5, sizeof(out));
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.out_len, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	for (size_t i = 0; i < res.out_len; i++)
		assert_int_equal(out[i], 0); /* the length arrived, the data did not */
	cxlmb_sim_fini(&sim);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_round_trip),
		cmocka_unit_test(test_doorbell_cleared_early),
		cmocka_unit_test(test_cel_missing),
		cmocka_unit_test(test_cel_extra),
		cmocka_unit_test(test_corrupt_reserved),
		cmocka_unit_test(test_set_quirks_running),
		cmocka_unit_test(test_early_answer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
