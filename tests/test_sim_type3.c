/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulated Type-3 device's state machines through the real transport:
 * timestamp, label storage, shutdown state, poison, data-at-rest security. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim_type3_fixture.h"

static void test_timestamp_follows_the_clock(void **state)
{
	(void)state;
	struct cxlmb_timestamp ts = { 1000000000000ull };
	uint8_t b[8];
	size_t n;
	cxlmb_timestamp_encode(&ts, b, 8, &n);
	assert_int_equal(send(0x0301, b, 8, NULL), 0);
	sim.now_ns += 5000;
	assert_int_equal(send(0x0300, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_timestamp_decode(out, n, CXLMB_STRICT, &ts), 0);
	assert_true(ts.timestamp == 1000000005000ull);
}

static void test_label_storage(void **state)
{
	(void)state;
	uint8_t set[8 + 16] = { 0x10, 0, 0, 0, 0, 0, 0, 0 };
	uint8_t get[8] = { 0x10, 0, 0, 0, 16, 0, 0, 0 };
	size_t n;
	for (int i = 0; i < 16; i++)
		set[8 + i] = (uint8_t)(0xA0 + i);
	assert_int_equal(send(0x4103, set, sizeof(set), NULL), 0);
	assert_int_equal(send(0x4102, get, 8, &n), 0);
	assert_int_equal(n, 16);
	assert_memory_equal(out, set + 8, 16);
	/* past the end of the 4 KiB area */
	get[0] = 0xF8;
	get[1] = 0x0F;
	assert_int_equal(send(0x4102, get, 8, NULL), CXLMB_RC_INVALID_INPUT);
	set[0] = 0xF8;
	set[1] = 0x0F;
	assert_int_equal(send(0x4103, set, sizeof(set), NULL), CXLMB_RC_INVALID_INPUT);
	/* the area survives a reset only until the media is reset too: reset is power-on */
	cxlmb_sim_reset(&sim);
	assert_int_equal(sim.t3[0].lsa_dirty, 0);
}

static void test_shutdown_state(void **state)
{
	(void)state;
	uint8_t dirty = 1;
	size_t n;
	assert_int_equal(send(0x4204, &dirty, 1, NULL), 0);
	assert_int_equal(send(0x4203, NULL, 0, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(out[0], 1);
	dirty = 0x80; /* reserved bits: Invalid Input from the strict request decoder */
	assert_int_equal(send(0x4204, &dirty, 1, NULL), CXLMB_RC_INVALID_INPUT);
}

static void inject(uint64_t dpa, uint16_t want)
{
	struct cxlmb_inject_poison_req q = { dpa };
	uint8_t b[8];
	size_t n;
	cxlmb_inject_poison_req_encode(&q, b, 8, &n);
	assert_int_equal(send(0x4301, b, 8, NULL), want);
}

static void test_poison_inject_list_clear(void **state)
{
	(void)state;
	struct cxlmb_dpa_range range = { 0, (1ull << 30) / 64 };
	struct cxlmb_get_poison_list_rsp pl;
	struct cxlmb_media_error_record rec;
	uint8_t req[0x48] = { 0 };
	size_t n;

	inject(0x1000, 0);
	inject(0x2040, 0);
	inject(0x1000, 0); /* twice: still one record */
	inject(1ull << 30, 0x000F); /* beyond the capacity: invalid physical address */
	cxlmb_dpa_range_encode(&range, req, sizeof(req), &n);
	assert_int_equal(send(0x4300, req, 0x10, &n), 0);
	assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, n, CXLMB_STRICT, &pl), 0);
	assert_int_equal(pl.count, 2);
	assert_int_equal(cxlmb_array_get(&cxlmb_media_error_record_schema, &pl.records, 0, CXLMB_STRICT, &rec), 0);
	assert_true(rec.dpa == 0x1000);
	assert_int_equal(rec.source, 3); /* injected */
	/* clear one: 8-byte DPA then 64 bytes of data */
	req[0] = 0x00;
	req[1] = 0x10;
	memset(req + 2, 0, 6);
	assert_int_equal(send(0x4302, req, 0x48, NULL), 0);
	cxlmb_dpa_range_encode(&range, req, sizeof(req), &n);
	assert_int_equal(send(0x4300, req, 0x10, &n), 0);
	assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, n, CXLMB_STRICT, &pl), 0);
	assert_int_equal(pl.count, 1);
	/* the inject limit */
	for (uint32_t i = 0; i < CXLMB_SIM_INJECT_LIMIT - 1; i++)
		inject(0x100000 + 64ull * i, 0);
	inject(0x200000, 0x0010);
	assert_false(sim.t3[0].poison_overflow);
	/* errors the device finds itself fill the list, then overflow it */
	uint64_t lost_at = 0;
	for (uint32_t i = 0; i < CXLMB_SIM_POISON_MAX; i++) {
		sim.now_ns += 1000;
		if (!lost_at && sim.t3[0].npoison == CXLMB_SIM_POISON_MAX)
			lost_at = sim.now_ns;
		cxlmb_sim_media_error(&sim, 0x300000 + 64ull * i);
	}
	assert_true(lost_at != 0);
	assert_int_equal(sim.t3[0].npoison, CXLMB_SIM_POISON_MAX);
	range.length = 0x200000 / 64; /* the first 2 MiB: 15 injected, 0 internal */
	cxlmb_dpa_range_encode(&range, req, sizeof(req), &n);
	assert_int_equal(send(0x4300, req, 0x10, &n), 0);
	assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, n, CXLMB_STRICT, &pl), 0);
	assert_int_equal(pl.count, CXLMB_SIM_INJECT_LIMIT);
	assert_int_equal(pl.overflow, 1);
	assert_int_equal(pl.overflow_ts, lost_at); /* when the first record was lost */
	sim.now_ns += 5000;
	cxlmb_sim_media_error(&sim, 0x400000);
	assert_int_equal(send(0x4300, req, 0x10, &n), 0);
	assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, n, CXLMB_STRICT, &pl), 0);
	assert_int_equal(pl.overflow_ts, lost_at);
	/* a scan of the whole media clears the overflow */
	{
		uint8_t scan[17] = { 0 };
		scan[8 + 3] = 0x40; /* 1 GiB */
		assert_int_equal(send(0x4304, scan, sizeof(scan), NULL), CXLMB_RC_BACKGROUND);
		assert_int_equal(send(0x4300, req, 0x10, &n), 0);
		assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, n, CXLMB_STRICT, &pl), 0);
		assert_int_equal(pl.scan_in_progress, 1);
		sim.now_ns += 1000000000ull;
		assert_int_equal(send(0x4300, req, 0x10, &n), 0);
		assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, n, CXLMB_STRICT, &pl), 0);
		assert_int_equal(pl.overflow, 0);
		assert_int_equal(pl.scan_in_progress, 0);
	}
}

static void pass_req(uint8_t *b, uint8_t type, const char *p)
{
	memset(b, 0, 0x40);
	b[0] = type;
	memcpy(b + 0x20, p, strlen(p));
}

static void test_security_state_machine(void **state)
{
	(void)state;
	uint8_t setp[0x60] = { 1 }, b[0x40], unlock[0x20] = { 0 };
	struct cxlmb_security_state_rsp st;
	size_t n;

	memcpy(setp + 0x40, "secret", 6); /* user passphrase, none before */
	assert_int_equal(send(0x4501, setp, 0x60, NULL), 0);
	assert_int_equal(send(0x4500, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_security_state_rsp_decode(out, n, CXLMB_STRICT, &st), 0);
	assert_int_equal(st.user_pass_set, 1);
	assert_int_equal(st.locked, 0);
	/* a power cycle locks the device; label storage is then refused */
	struct cxlmb_mbox_config mc;
	cxlmb_sim_power_cycle(&sim);
	cxlmb_sim_mbox_config(&sim, &mc);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc), 0);
	assert_int_equal(send(0x4500, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_security_state_rsp_decode(out, n, CXLMB_STRICT, &st), 0);
	assert_int_equal(st.locked, 1);
	uint8_t get[8] = { 0, 0, 0, 0, 4, 0, 0, 0 };
	assert_int_equal(send(0x4102, get, 8, NULL), 0x0013);
	/* wrong passphrase counts; the right one unlocks */
	memcpy(unlock, "wrong", 5);
	assert_int_equal(send(0x4503, unlock, 0x20, NULL), 0x0014);
	memset(unlock, 0, sizeof(unlock));
	memcpy(unlock, "secret", 6);
	assert_int_equal(send(0x4503, unlock, 0x20, NULL), 0);
	assert_int_equal(send(0x4102, get, 8, NULL), 0);
	/* unlocking an unlocked device is an invalid security state */
	assert_int_equal(send(0x4503, unlock, 0x20, NULL), 0x0013);
	/* three wrong attempts exhaust the user passphrase */
	cxlmb_sim_power_cycle(&sim);
	memset(unlock, 0, sizeof(unlock));
	memcpy(unlock, "nope", 4);
	for (int i = 0; i < 3; i++)
		assert_int_equal(send(0x4503, unlock, 0x20, NULL), 0x0014);
	memset(unlock, 0, sizeof(unlock));
	memcpy(unlock, "secret", 6);
	assert_int_equal(send(0x4503, unlock, 0x20, NULL), 0x0013); /* even the right one */
	assert_int_equal(send(0x4500, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_security_state_rsp_decode(out, n, CXLMB_STRICT, &st), 0);
	assert_int_equal(st.user_attempts_exceeded, 1);
	/* a master passphrase can still erase: set one first on a fresh device */
	cxlmb_sim_reset(&sim);
	memset(setp, 0, sizeof(setp));
	setp[0] = 0;
	memcpy(setp + 0x40, "master", 6);
	assert_int_equal(send(0x4501, setp, 0x60, NULL), 0);
	pass_req(b, 0, "master");
	assert_int_equal(send(0x4505, b, 0x40, NULL), 0);
	/* freeze: no more changes */
	assert_int_equal(send(0x4504, NULL, 0, NULL), 0);
	assert_int_equal(send(0x4501, setp, 0x60, NULL), 0x0013);
	pass_req(b, 0, "master");
	assert_int_equal(send(0x4502, b, 0x40, NULL), 0x0013);
	/* a reserved passphrase type is Invalid Input from the request decoder */
	b[0] = 2;
	assert_int_equal(send(0x4502, b, 0x40, NULL), CXLMB_RC_INVALID_INPUT);
}

static uint16_t get_events(uint8_t log, struct cxlmb_get_event_records_rsp *r)
{
	size_t n;
	uint16_t rc = send(0x0100, &log, 1, &n);
	if (rc == 0)
		assert_int_equal(cxlmb_get_event_records_rsp_decode(out, n, CXLMB_STRICT, r), 0);
	return rc;
}

static void test_event_logs(void **state)
{
	(void)state;
	static const uint8_t other[16] = { 0x11, 0x22 };
	struct cxlmb_get_event_records_rsp r;
	struct cxlmb_event_record rec;
	uint64_t es;

	/* injecting poison raises a General Media record in the failure log */
	inject(0x4000, 0);
	assert_int_equal(cxlmb_sim_ops.read64(&sim, CXLMB_SIM_DEV_STATUS_OFF, &es), 0);
	assert_int_equal(es, 1u << 2);
	assert_int_equal(get_events(2, &r), 0);
	assert_int_equal(r.count, 1);
	assert_int_equal(cxlmb_event_record_decode(r.records.data, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_GENERAL_MEDIA);
	assert_true(rec.u.gm.dpa == 0x4000);
	assert_int_equal(rec.u.gm.transaction, 4);
	uint16_t h1 = rec.hdr.handle;
	assert_int_not_equal(h1, 0);

	/* fill the informational log past its size: overflow is counted */
	for (unsigned i = 0; i < CXLMB_SIM_EVENT_LOG_SIZE + 3; i++) {
		sim.now_ns += 10;
		cxlmb_sim_add_event(&sim, 0, other, NULL);
	}
	assert_int_equal(get_events(0, &r), 0);
	/* 16 records do not fit a 2 KiB payload: 15 come back, and "more" */
	assert_int_equal(r.count, (2048 - 0x20) / 0x80);
	assert_int_equal(r.more_records, 1);
	assert_int_equal(r.overflow, 1);
	assert_int_equal(r.overflow_err_count, 3);
	assert_true(r.first_overflow_ts < r.last_overflow_ts);

	/* clear by handle: an unknown handle fails the whole request */
	uint8_t clr[8] = { 2, 0, 1, 0, 0, 0, (uint8_t)(h1 + 100), 0 };
	assert_int_equal(send(0x0101, clr, 8, NULL), 0x000E);
	clr[6] = (uint8_t)h1;
	clr[7] = (uint8_t)(h1 >> 8);
	assert_int_equal(send(0x0101, clr, 8, NULL), 0);
	assert_int_equal(get_events(2, &r), 0);
	assert_int_equal(r.count, 0);
	/* clear all on the informational log; clear-all with handles is invalid */
	uint8_t all[8] = { 0, 1, 1, 0, 0, 0, 1, 0 };
	assert_int_equal(send(0x0101, all, 8, NULL), CXLMB_RC_INVALID_INPUT);
	assert_int_equal(send(0x0101, all, 6, NULL), CXLMB_RC_INVALID_INPUT); /* count says 1 */
	all[2] = 0;
	assert_int_equal(send(0x0101, all, 6, NULL), 0);
	assert_int_equal(get_events(0, &r), 0);
	assert_int_equal(r.count, 0);
	assert_int_equal(r.overflow, 0);
	assert_int_equal(cxlmb_sim_ops.read64(&sim, CXLMB_SIM_DEV_STATUS_OFF, &es), 0);
	assert_int_equal(es, 0);
	/* the Dynamic Capacity log is empty; there is no sixth log */
	assert_int_equal(get_events(4, &r), 0);
	assert_int_equal(r.count, 0);
	assert_int_equal(get_events(5, &r), CXLMB_RC_INVALID_INPUT);
}

/* Transfer FW input: action, slot, offset (128-byte units), then data. */
static uint16_t xfer(uint8_t action, uint8_t slot, uint32_t offset, const char *rev, size_t len)
{
	static uint8_t b[0x80 + 512];
	memset(b, 0, sizeof(b));
	b[0] = action;
	b[1] = slot;
	b[4] = (uint8_t)offset;
	b[5] = (uint8_t)(offset >> 8);
	if (rev)
		memcpy(b + 0x80, rev, strlen(rev));
	return send(0x0201, b, 0x80 + len, NULL);
}

static void fw_info(struct cxlmb_get_fw_info_rsp *fi)
{
	size_t n;
	assert_int_equal(send(0x0200, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_get_fw_info_rsp_decode(out, n, CXLMB_STRICT, fi), 0);
}

static void test_firmware_update(void **state)
{
	(void)state;
	struct cxlmb_get_fw_info_rsp fi;
	uint8_t act[2];

	fw_info(&fi);
	assert_int_equal(fi.slots_supported, 2);
	assert_int_equal(fi.active_slot, 1);
	assert_int_equal(fi.staged_slot, 0);
	/* a full transfer into the active slot, or a slot that does not exist */
	assert_int_equal(xfer(0, 1, 0, "FW-B", 128), 0x000B);
	assert_int_equal(xfer(0, 3, 0, "FW-B", 128), 0x000B);
	/* multi-part: initiate, continue at the right offset, end into slot 2 */
	assert_int_equal(xfer(1, 0, 0, "FW-2.0", 256), 0);
	assert_int_equal(xfer(0, 2, 0, "FW-X", 128), 0x0008); /* a transfer is open */
	assert_int_equal(xfer(2, 0, 2, NULL, 256), 0);
	assert_int_equal(xfer(3, 2, 4, NULL, 128), 0);
	fw_info(&fi);
	assert_memory_equal(fi.slot_rev[1], "FW-2.0", 6);
	/* out of order: a continue whose offset skips ahead ends the transfer */
	assert_int_equal(xfer(1, 0, 0, "FW-3.0", 128), 0);
	assert_int_equal(xfer(2, 0, 5, NULL, 128), 0x0009);
	assert_int_equal(xfer(2, 0, 1, NULL, 128), 0x0009); /* nothing open any more */
	/* activate on the next cold reset: staged until a power cycle */
	act[0] = 1;
	act[1] = 2;
	assert_int_equal(send(0x0202, act, 2, NULL), 0);
	fw_info(&fi);
	assert_int_equal(fi.staged_slot, 2);
	assert_int_equal(fi.active_slot, 1);
	struct cxlmb_mbox_config mc;
	cxlmb_sim_power_cycle(&sim);
	cxlmb_sim_mbox_config(&sim, &mc);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc), 0);
	fw_info(&fi);
	assert_int_equal(fi.active_slot, 2);
	assert_int_equal(fi.staged_slot, 0);
	/* Identify Memory Device reports the running image */
	size_t n;
	struct cxlmb_identify_memdev_rsp id;
	assert_int_equal(send(0x4000, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(out, n, CXLMB_STRICT, &id), 0);
	assert_memory_equal(id.fw_revision, "FW-2.0", 6);
	/* online activation back to slot 1; an empty slot cannot be activated */
	act[0] = 0;
	act[1] = 1;
	assert_int_equal(send(0x0202, act, 2, NULL), 0);
	fw_info(&fi);
	assert_int_equal(fi.active_slot, 1);
	cxlmb_sim_reset(&sim); /* factory: slot 2 empty again */
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc), 0);
	act[1] = 2;
	assert_int_equal(send(0x0202, act, 2, NULL), 0x000B);
}

static void test_health_and_alerts(void **state)
{
	(void)state;
	struct cxlmb_get_health_info_rsp h;
	struct cxlmb_get_alert_config_rsp a;
	struct cxlmb_set_alert_config_req q = { .valid_alert_actions = 0x03, .enable_alert_actions = 0x01,
						.life_used_warning = 75, .over_temp_warning = 80 };
	uint8_t b[0x0C];
	size_t n;

	assert_int_equal(send(0x4200, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_get_health_info_rsp_decode(out, n, CXLMB_STRICT, &h), 0);
	assert_int_equal(h.life_used, 10);
	assert_int_equal(h.temperature, 35);
	cxlmb_set_alert_config_req_encode(&q, b, sizeof(b), &n);
	assert_int_equal(send(0x4202, b, n, NULL), 0);
	assert_int_equal(send(0x4201, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_get_alert_config_rsp_decode(out, n, CXLMB_STRICT, &a), 0);
	assert_int_equal(a.valid_alerts, 0x01);
	assert_int_equal(a.life_used_warning, 75);
	assert_int_equal(a.over_temp_warning, 80);
	/* a warning above its critical threshold, or a non-programmable alert */
	q.over_temp_warning = 120;
	cxlmb_set_alert_config_req_encode(&q, b, sizeof(b), &n);
	assert_int_equal(send(0x4202, b, n, NULL), CXLMB_RC_INVALID_INPUT);
	q.over_temp_warning = 80;
	q.valid_alert_actions = 0x21; /* bit 5 names no alert: reserved */
	assert_int_equal(cxlmb_set_alert_config_req_encode(&q, b, sizeof(b), &n), CXLMB_E_VALUE_RANGE);
	q.valid_alert_actions = 0x01;
	cxlmb_set_alert_config_req_encode(&q, b, sizeof(b), &n);
	b[0] |= 0x20; /* sent as raw bytes: the encoder writes no reserved bit */
	assert_int_equal(send(0x4202, b, n, NULL), CXLMB_RC_INVALID_INPUT);
}

static void test_cel_follows_the_handler_table(void **state)
{
	(void)state;
	struct cxlmb_get_log_req gl = { .offset = 0 };
	uint8_t req[0x18];
	uint32_t count;
	size_t n;
	memcpy(gl.uuid, cxlmb_uuid_cel, 16);
	gl.length = (uint32_t)(4 * cxlmb_sim_command_count());
	cxlmb_get_log_req_encode(&gl, req, sizeof(req), &n);
	assert_int_equal(send(0x0401, req, n, &n), 0);
	assert_int_equal(cxlmb_cel_validate(out, n, CXLMB_STRICT, &count), 0);
	assert_int_equal(count, cxlmb_sim_command_count());
	for (uint32_t i = 0; i < count; i++) {
		struct cxlmb_cel_entry e;
		cxlmb_cel_entry_decode(out + 4 * i, 4, CXLMB_STRICT, &e);
		assert_int_equal(e.opcode, cxlmb_sim_command_at(i));
		assert_int_equal(e.effects, cxlmb_cmd_find(e.opcode)->effects);
		if (e.opcode == 0x4505)
			assert_true(e.effects & CXLMB_EFF_SECURITY);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_timestamp_follows_the_clock, setup, teardown),
		cmocka_unit_test_setup_teardown(test_label_storage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shutdown_state, setup, teardown),
		cmocka_unit_test_setup_teardown(test_poison_inject_list_clear, setup, teardown),
		cmocka_unit_test_setup_teardown(test_security_state_machine, setup, teardown),
		cmocka_unit_test_setup_teardown(test_event_logs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_firmware_update, setup, teardown),
		cmocka_unit_test_setup_teardown(test_health_and_alerts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cel_follows_the_handler_table, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
