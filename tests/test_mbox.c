/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The mailbox transport against the simulated device: success, device
 * return codes, timeouts, hostile lengths, background commands, abort. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

struct fixture {
	struct cxlmb_sim sim;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config cfg;
};

static struct fixture fx;

static int setup_quirks(uint32_t quirks, uint16_t forced_rc)
{
	struct cxlmb_sim_config sc;
	cxlmb_sim_config_default(&sc);
	sc.quirks = quirks;
	sc.forced_rc = forced_rc;
	if (cxlmb_sim_init(&fx.sim, &sc))
		return -1;
	cxlmb_sim_mbox_config(&fx.sim, &fx.cfg);
	return 0;
}

static int setup(void **state)
{
	(void)state;
	if (setup_quirks(0, 0))
		return -1;
	return cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg) ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	cxlmb_sim_fini(&fx.sim);
	return 0;
}

static void test_identify_memdev_every_field(void **state)
{
	(void)state;
	uint8_t out[256];
	struct cxlmb_mbox_result res;
	struct cxlmb_identify_memdev_rsp id;

	assert_int_equal(fx.mb.payload_size, 2048);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4000, NULL, 0, out, sizeof(out), &res), CXLMB_E_OK);
	assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(res.out_len, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	assert_int_equal(res.copied, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	assert_false(res.bg_started);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(out, res.out_len, CXLMB_STRICT, &id), 0);
	assert_memory_equal(id.fw_revision, "cxlmb-sim 0.1\0\0\0", 16);
	assert_int_equal(id.total_capacity, 4);
	assert_int_equal(id.volatile_only_capacity, 1);
	assert_int_equal(id.persistent_only_capacity, 1);
	assert_int_equal(id.partition_align, 1);
	assert_int_equal(id.info_event_log_size, CXLMB_SIM_EVENT_LOG_SIZE);
	assert_int_equal(id.warning_event_log_size, CXLMB_SIM_EVENT_LOG_SIZE);
	assert_int_equal(id.failure_event_log_size, CXLMB_SIM_EVENT_LOG_SIZE);
	assert_int_equal(id.fatal_event_log_size, CXLMB_SIM_EVENT_LOG_SIZE);
	assert_int_equal(id.lsa_size, 4096);
	assert_int_equal(id.poison_list_max_mer, CXLMB_SIM_POISON_MAX);
	assert_int_equal(id.inject_poison_limit, CXLMB_SIM_INJECT_LIMIT);
	assert_int_equal(id.poison_caps, 0);
	assert_int_equal(id.qos_telemetry_caps, 0);
	assert_int_equal(id.dc_event_log_size, CXLMB_SIM_EVENT_LOG_SIZE);
	/* spec consistency: volatile + persistent never exceed the total */
	assert_true(id.volatile_only_capacity + id.persistent_only_capacity <= id.total_capacity);
}

static void test_identify_and_msg_limit(void **state)
{
	(void)state;
	uint8_t out[64], in[1];
	struct cxlmb_mbox_result res;
	struct cxlmb_identify_rsp id;
	struct cxlmb_rsp_msg_limit lim;

	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0001, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(cxlmb_identify_rsp_decode(out, res.out_len, CXLMB_STRICT, &id), 0);
	assert_int_equal(id.component_type, 3);
	assert_int_equal(id.max_msg_size, 11);

	in[0] = 9;
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0004, in, 1, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(res.out_len, 1);
	assert_int_equal(out[0], 9);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0003, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_rsp_msg_limit_decode(out, res.out_len, CXLMB_STRICT, &lim), 0);
	assert_int_equal(lim.limit, 9);
	/* a limit above the payload size is Invalid Input, and the output is not read */
	in[0] = 12;
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0004, in, 1, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_INVALID_INPUT);
	assert_int_equal(res.copied, 0);
	assert_int_equal(cxlmb_mbox_result_err(&res), CXLMB_E_DEVICE_RC);
}

static void test_cel_lists_what_the_device_implements(void **state)
{
	(void)state;
	uint8_t out[512], req[CXLMB_GET_LOG_REQ_LEN];
	struct cxlmb_mbox_result res;
	struct cxlmb_get_supported_logs_rsp logs;
	struct cxlmb_supported_log_entry e;
	struct cxlmb_get_log_req gl = { .offset = 0 };
	size_t n;

	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0400, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(out, res.out_len, CXLMB_STRICT, &logs), 0);
	assert_int_equal(logs.count, 2); /* the CEL and the vendor debug log */
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &logs.entries, 1,
					 CXLMB_STRICT, &e), 0);
	assert_memory_equal(e.uuid, cxlmb_uuid_vendor_debug, 16);
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &logs.entries, 0,
					 CXLMB_STRICT, &e), 0);
	assert_memory_equal(e.uuid, cxlmb_uuid_cel, 16);
	assert_int_equal(e.size, cxlmb_sim_command_count() * 4);

	memcpy(gl.uuid, cxlmb_uuid_cel, 16);
	gl.length = e.size;
	assert_int_equal(cxlmb_get_log_req_encode(&gl, req, sizeof(req), &n), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0401, req, n, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(res.out_len, e.size);
	for (size_t i = 0; i < cxlmb_sim_command_count(); i++) {
		struct cxlmb_cel_entry ce;
		uint16_t op = cxlmb_sim_command_at(i);
		assert_int_equal(cxlmb_cel_entry_decode(out + 4 * i, 4, CXLMB_STRICT, &ce), 0);
		assert_int_equal(ce.opcode, op);
		assert_int_equal(ce.effects, cxlmb_cmd_find(op)->effects);
	}
	/* a range past the log, and an unknown log */
	gl.offset = 4;
	assert_int_equal(cxlmb_get_log_req_encode(&gl, req, sizeof(req), &n), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0401, req, n, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_INVALID_INPUT);
	gl.offset = 0;
	gl.uuid[0] ^= 1;
	assert_int_equal(cxlmb_get_log_req_encode(&gl, req, sizeof(req), &n), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0401, req, n, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_INVALID_LOG);
}

static void test_device_rejects_bad_requests(void **state)
{
	(void)state;
	uint8_t in[8] = { 0 }, out[16];
	struct cxlmb_mbox_result res;

	/* Identify takes no input: Invalid Payload Length */
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0001, in, 1, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_INVALID_PAYLOAD_LEN);
	/* an opcode the device does not implement */
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0xC000, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_UNSUPPORTED);
	assert_string_equal(cxlmb_mbox_rc_name(res.rc), "UNSUPPORTED");
	assert_string_equal(cxlmb_mbox_rc_name(0x0016), "INVALID_PAYLOAD_LENGTH");
	assert_string_equal(cxlmb_mbox_rc_name(0x7777), "UNKNOWN_RC");
}

static void test_forced_return_codes(void **state)
{
	(void)state;
	static const uint16_t codes[] = { 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x0016 };
	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		uint8_t out[128];
		struct cxlmb_mbox_result res;
		cxlmb_sim_fini(&fx.sim);
		assert_int_equal(setup_quirks(CXLMB_SIM_Q(FORCE_RC), codes[i]), 0);
		assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
		assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4000, NULL, 0, out, sizeof(out), &res), 0);
		assert_int_equal(res.rc, codes[i]);
		assert_int_equal(res.out_len, 0);
		assert_int_equal(res.copied, 0);
		assert_int_equal(cxlmb_mbox_result_err(&res), CXLMB_E_DEVICE_RC);
	}
}

static void test_stuck_doorbell_times_out_within_budget(void **state)
{
	(void)state;
	uint8_t out[16];
	struct cxlmb_mbox_result res;

	cxlmb_sim_fini(&fx.sim);
	assert_int_equal(setup_quirks(CXLMB_SIM_Q(STUCK_DOORBELL), 0), 0);
	fx.cfg.cmd_timeout_ns = 2000000000ull;
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
	uint64_t t0 = fx.sim.now_ns;
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4000, NULL, 0, out, sizeof(out), &res),
			 CXLMB_E_TIMEOUT);
	uint64_t spent = fx.sim.now_ns - t0;
	assert_true(spent >= fx.cfg.cmd_timeout_ns);
	assert_true(spent <= fx.cfg.cmd_timeout_ns + 2 * fx.cfg.poll_ns);
	/* and the next command finds the doorbell still set */
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4000, NULL, 0, out, sizeof(out), &res),
			 CXLMB_E_DOORBELL_BUSY);
}

/* A backend whose clock never moves must still not hang the host. */
static uint64_t frozen_now(void *ctx) { (void)ctx; return 0; }
static void no_delay(void *ctx, uint64_t ns) { (void)ctx; (void)ns; }

static void test_timeout_with_frozen_clock_terminates(void **state)
{
	(void)state;
	struct cxlmb_backend_ops ops = cxlmb_sim_ops;
	struct cxlmb_mbox_result res;
	uint8_t out[8];

	ops.now_ns = frozen_now;
	ops.delay_ns = no_delay;
	cxlmb_sim_fini(&fx.sim);
	assert_int_equal(setup_quirks(CXLMB_SIM_Q(STUCK_DOORBELL), 0), 0);
	fx.cfg.cmd_timeout_ns = 1000000; /* 1 ms = 100 polls */
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &ops, &fx.sim, &fx.cfg), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0001, NULL, 0, out, sizeof(out), &res),
			 CXLMB_E_TIMEOUT);
}

static void test_output_length_beyond_payload_area(void **state)
{
	(void)state;
	uint8_t out[4096];
	struct cxlmb_mbox_result res;

	memset(out, 0xA5, sizeof(out));
	cxlmb_sim_fini(&fx.sim);
	assert_int_equal(setup_quirks(CXLMB_SIM_Q(OUTPUT_OVERFLOW), 0), 0);
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4000, NULL, 0, out, sizeof(out), &res),
			 CXLMB_E_OUTPUT_TOO_LARGE);
	assert_int_equal(res.out_len, 2048 + 0x100);
	assert_int_equal(res.copied, 0);
	for (size_t i = 0; i < sizeof(out); i++)
		assert_int_equal(out[i], 0xA5); /* nothing was copied */
}

static void test_output_larger_than_caller_buffer(void **state)
{
	(void)state;
	uint8_t out[20];
	struct cxlmb_mbox_result res;

	memset(out, 0xA5, sizeof(out));
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4000, NULL, 0, out, 16, &res),
			 CXLMB_E_OUTPUT_TRUNCATED);
	assert_int_equal(res.out_len, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	assert_int_equal(res.copied, 16);
	assert_memory_equal(out, "cxlmb-sim 0.1", 13);
	for (size_t i = 16; i < sizeof(out); i++)
		assert_int_equal(out[i], 0xA5); /* not a byte past the caller's length */
}

static void test_doorbell_already_set(void **state)
{
	(void)state;
	uint8_t out[8];
	struct cxlmb_mbox_result res;

	cxlmb_sim_poke32(&fx.sim, CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CTRL, 1);
	uint64_t before = fx.sim.commands;
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0001, NULL, 0, out, sizeof(out), &res),
			 CXLMB_E_DOORBELL_BUSY);
	assert_int_equal(fx.sim.commands, before); /* nothing was issued */
}

static void test_input_larger_than_payload(void **state)
{
	(void)state;
	static uint8_t in[4096];
	struct cxlmb_mbox_result res;
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0xC000, in, 2049, NULL, 0, &res),
			 CXLMB_E_INPUT_TOO_LARGE);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0xC000, NULL, 4, NULL, 0, &res),
			 CXLMB_E_INVALID_ARG);
}

static void test_bad_capability_payload_sizes(void **state)
{
	(void)state;
	static const uint32_t shifts[] = { 0, 7, 21, 31 };
	for (size_t i = 0; i < sizeof(shifts) / sizeof(shifts[0]); i++) {
		cxlmb_sim_poke32(&fx.sim, CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CAPS, shifts[i]);
		assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg),
				 CXLMB_E_BAD_PAYLOAD_SIZE);
	}
	/* 2^12 is a valid size but larger than the region mapped: clamped */
	cxlmb_sim_poke32(&fx.sim, CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CAPS, 12);
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
	assert_int_equal(fx.mb.payload_size, 2048);
	cxlmb_sim_poke32(&fx.sim, CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CAPS, 8);
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
	assert_int_equal(fx.mb.payload_size, 256);
}

static void test_mailbox_never_ready(void **state)
{
	(void)state;
	cxlmb_sim_fini(&fx.sim);
	assert_int_equal(setup_quirks(CXLMB_SIM_Q(NOT_READY), 0), 0);
	uint64_t t0 = fx.sim.now_ns;
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg),
			 CXLMB_E_MBOX_NOT_READY);
	assert_true(fx.sim.now_ns - t0 >= fx.cfg.ready_timeout_ns);
	/* a switch CCI has no readiness bit: the same device then initialises */
	fx.cfg.has_memdev_status = false;
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
}

static void test_background_start_progress_completion(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;
	uint8_t out[16];
	struct cxlmb_bg_op_status_rsp bos;
	unsigned last = 0, samples = 0;

	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_BACKGROUND);
	assert_true(res.bg_started);
	assert_int_equal(cxlmb_mbox_result_err(&res), CXLMB_E_OK);
	/* a second background command while one runs: Busy */
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_BUSY);
	/* progress rises through the Background Command Status register */
	for (;;) {
		assert_int_equal(cxlmb_mbox_bg_status(&fx.mb, &st), 0);
		assert_int_equal(st.opcode, 0x4400);
		assert_true(st.percent >= last);
		last = st.percent;
		samples++;
		if (!st.running)
			break;
		fx.sim.now_ns += 1000000; /* 1 ms */
		assert_true(samples < 100);
	}
	assert_true(samples > 5);
	assert_int_equal(st.percent, 100);
	assert_int_equal(st.rc, CXLMB_RC_SUCCESS);
	/* ... and through Background Operation Status (0002h) */
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0002, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(out, res.out_len, CXLMB_STRICT, &bos), 0);
	assert_int_equal(bos.running, 0);
	assert_int_equal(bos.percent, 100);
	assert_int_equal(bos.opcode, 0x4400);
	assert_int_equal(bos.return_code, 0);
}

static void test_background_wait(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;

	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	assert_int_equal(cxlmb_mbox_bg_wait(&fx.mb, 1000000000ull, &st), 0);
	assert_false(st.running);
	assert_int_equal(st.percent, 100);
	/* shorter budget than the operation: BG_TIMEOUT */
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	assert_int_equal(cxlmb_mbox_bg_wait(&fx.mb, 1000000ull, &st), CXLMB_E_BG_TIMEOUT);
	assert_true(st.running);
}

static void test_abort(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;

	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	fx.sim.now_ns += 2000000;
	assert_int_equal(cxlmb_mbox_bg_abort(&fx.mb, &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_mbox_bg_status(&fx.mb, &st), 0);
	assert_false(st.running);
	assert_int_equal(st.rc, CXLMB_RC_ABORTED);
	assert_true(st.percent < 100);
	/* a new background command may start after the abort */
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_BACKGROUND);
}

static void test_abort_ignored_and_never_completing(void **state)
{
	(void)state;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;

	cxlmb_sim_fini(&fx.sim);
	assert_int_equal(setup_quirks(CXLMB_SIM_Q(IGNORE_ABORT) | CXLMB_SIM_Q(BG_NEVER_COMPLETES), 0), 0);
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	assert_int_equal(cxlmb_mbox_bg_abort(&fx.mb, &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_mbox_bg_wait(&fx.mb, 100000000ull, &st), CXLMB_E_BG_TIMEOUT);
	assert_true(st.running);
	assert_int_equal(st.percent, 50);
}

static void test_reset_restores_power_on_state(void **state)
{
	(void)state;
	uint8_t in[1] = { 8 }, out[2048];
	struct cxlmb_mbox_result res;

	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x0004, in, 1, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4400, NULL, 0, NULL, 0, &res), 0);
	assert_true(fx.sim.payload_dirty > 0);
	cxlmb_sim_reset(&fx.sim);
	assert_int_equal(fx.sim.payload_dirty, 0);
	assert_false(fx.sim.t3[0].bg.running);
	assert_int_equal(fx.sim.t3[0].rsp_msg_limit, 11);
	for (size_t i = 0; i < fx.sim.payload_size; i++)
		assert_int_equal(fx.sim.regs[CXLMB_SIM_REGS_LEN + i], 0);
	assert_int_equal(cxlmb_mbox_init(&fx.mb, &cxlmb_sim_ops, &fx.sim, &fx.cfg), 0);
	assert_int_equal(cxlmb_mbox_send(&fx.mb, 0x4000, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
}

static void test_backend_bounds(void **state)
{
	(void)state;
	uint32_t v32;
	uint64_t v64;
	assert_int_not_equal(cxlmb_sim_ops.read32(&fx.sim, fx.sim.regs_len, &v32), 0);
	assert_int_not_equal(cxlmb_sim_ops.read64(&fx.sim, fx.sim.regs_len - 4, &v64), 0);
	assert_int_not_equal(cxlmb_sim_ops.read32(&fx.sim, 2, &v32), 0);
	assert_int_not_equal(cxlmb_sim_ops.write64(&fx.sim, 0xFFFFFFF8u, 0), 0);
	/* read-only registers ignore writes */
	assert_int_equal(cxlmb_sim_ops.write32(&fx.sim, CXLMB_SIM_MBOX_OFF, 0x1F), 0);
	assert_int_equal(cxlmb_sim_ops.read32(&fx.sim, CXLMB_SIM_MBOX_OFF, &v32), 0);
	assert_int_equal(v32, 11);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_identify_memdev_every_field, setup, teardown),
		cmocka_unit_test_setup_teardown(test_identify_and_msg_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cel_lists_what_the_device_implements, setup, teardown),
		cmocka_unit_test_setup_teardown(test_device_rejects_bad_requests, setup, teardown),
		cmocka_unit_test_setup_teardown(test_forced_return_codes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stuck_doorbell_times_out_within_budget, setup, teardown),
		cmocka_unit_test_setup_teardown(test_timeout_with_frozen_clock_terminates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_length_beyond_payload_area, setup, teardown),
		cmocka_unit_test_setup_teardown(test_output_larger_than_caller_buffer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_doorbell_already_set, setup, teardown),
		cmocka_unit_test_setup_teardown(test_input_larger_than_payload, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_capability_payload_sizes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mailbox_never_ready, setup, teardown),
		cmocka_unit_test_setup_teardown(test_background_start_progress_completion, setup, teardown),
		cmocka_unit_test_setup_teardown(test_background_wait, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abort, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abort_ignored_and_never_completing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reset_restores_power_on_state, setup, teardown),
		cmocka_unit_test_setup_teardown(test_backend_bounds, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
