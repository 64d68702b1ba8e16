/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulated Type-3 device's media and configuration through the real
 * transport: partitions, scan media, secure erase, background operation
 * rules and abort, features, the vendor debug log, dynamic capacity. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim_type3_fixture.h"

static bool contains(const uint8_t *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return true;
	return false;
}

/* Encode a typed request with the catalog and send it. */
static uint16_t send_typed(uint16_t op, const void *req, size_t *n)
{
	uint8_t in[1024];
	size_t len = 0;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	assert_non_null(c);
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, req, in, sizeof(in), &len), 0);
	return send(op, in, len, n);
}

static void partitions(uint64_t *av, uint64_t *ap, uint64_t *nv, uint64_t *np)
{
	struct cxlmb_get_partition_info_rsp p;
	size_t n;
	assert_int_equal(send(0x4100, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_get_partition_info_rsp_decode(out, n, CXLMB_STRICT, &p), 0);
	*av = p.active_volatile;
	*ap = p.active_persistent;
	*nv = p.next_volatile;
	*np = p.next_persistent;
}

static void test_partitions(void **state)
{
	(void)state;
	uint64_t av, ap, nv, np;
	struct cxlmb_set_partition_info_req set = { 2, 0 };

	/* 1 volatile-only + 1 of the 2 partitionable units */
	partitions(&av, &ap, &nv, &np);
	assert_true(av == 2 && ap == 2 && nv == 0 && np == 0);
	/* deferred: reported as next until a power cycle */
	assert_int_equal(send_typed(0x4101, &set, NULL), 0);
	partitions(&av, &ap, &nv, &np);
	assert_true(av == 2 && ap == 2 && nv == 3 && np == 1);
	cxlmb_sim_power_cycle(&sim);
	partitions(&av, &ap, &nv, &np);
	assert_true(av == 3 && ap == 1 && nv == 0 && np == 0);
	/* immediate */
	set = (struct cxlmb_set_partition_info_req){ 0, 1 };
	assert_int_equal(send_typed(0x4101, &set, NULL), 0);
	partitions(&av, &ap, &nv, &np);
	assert_true(av == 1 && ap == 3 && nv == 0);
	/* more than the partitionable capacity */
	set.volatile_capacity = 3;
	assert_int_equal(send_typed(0x4101, &set, NULL), CXLMB_RC_INVALID_INPUT);
	partitions(&av, &ap, &nv, &np);
	assert_true(av == 1 && ap == 3);
}

static void inject(uint64_t dpa)
{
	struct cxlmb_inject_poison_req q = { dpa };
	assert_int_equal(send_typed(0x4301, &q, NULL), 0);
}

/* Let virtual time pass and poll Background Operation Status (0002h). */
static struct cxlmb_bg_op_status_rsp bg_status(uint64_t advance_ns)
{
	struct cxlmb_bg_op_status_rsp st;
	size_t n;
	sim.now_ns += advance_ns;
	assert_int_equal(send(0x0002, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(out, n, CXLMB_STRICT, &st), 0);
	return st;
}

static void test_scan_media(void **state)
{
	(void)state;
	struct cxlmb_dpa_range caps = { 0, 1ull << 30 };
	struct cxlmb_scan_media_req scan = { 0x1000, 0x100000, 0 };
	struct cxlmb_scan_media_caps_rsp cr;
	struct cxlmb_scan_media_results_rsp rr;
	struct cxlmb_media_error_record rec;
	struct cxlmb_mbox_result res;
	size_t n;

	assert_int_equal(send_typed(0x4303, &caps, &n), 0);
	assert_int_equal(cxlmb_scan_media_caps_rsp_decode(out, n, CXLMB_STRICT, &cr), 0);
	assert_int_equal(cr.estimated_scan_time_ms, 17); /* 16 x 64 MiB + 1 */
	caps.length = 2ull << 30; /* past the end of the media */
	assert_int_equal(send_typed(0x4303, &caps, NULL), CXLMB_RC_INVALID_PADDR);
	{
		/* not 64-byte aligned (the encoder refuses to build it) */
		uint8_t raw[16] = { 0x20, 0, 0, 0, 0, 0, 0, 0, 0x40 };
		assert_int_equal(send(0x4303, raw, sizeof(raw), NULL), CXLMB_RC_INVALID_INPUT);
	}

	/* nothing scanned since reset: Unsupported (r3.2 §8.2.10.9.4.6) */
	assert_int_equal(send(0x4305, NULL, 0, NULL), CXLMB_RC_UNSUPPORTED);
	inject(0x2000);
	inject(0x3000);
	inject(0x200000); /* outside the scanned range */
	assert_int_equal(send_typed(0x4304, &scan, NULL), CXLMB_RC_BACKGROUND);
	/* results are not ready while the scan runs; a second scan is Busy */
	assert_int_equal(send(0x4305, NULL, 0, NULL), CXLMB_RC_BUSY);
	assert_int_equal(send_typed(0x4304, &scan, NULL), CXLMB_RC_BUSY);
	/* scan media cannot be aborted */
	assert_int_equal(cxlmb_mbox_bg_abort(&mb, &res), 0);
	assert_int_equal(res.rc, CXLMB_RC_ABORT_UNSUPPORTED);
	assert_false(bg_status(2000000).running & 1);
	assert_int_equal(send(0x4305, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_scan_media_results_rsp_decode(out, n, CXLMB_STRICT, &rr), 0);
	assert_int_equal(rr.count, 2);
	assert_int_equal(rr.flags & 1, 0);
	assert_int_equal(cxlmb_array_get(&cxlmb_media_error_record_schema, &rr.records, 0, CXLMB_STRICT, &rec), 0);
	assert_true(rec.dpa == 0x2000 || rec.dpa == 0x3000);
	/* reported once: the list is drained */
	assert_int_equal(send(0x4305, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_scan_media_results_rsp_decode(out, n, CXLMB_STRICT, &rr), 0);
	assert_int_equal(rr.count, 0);
	/* and each error found is a General Media event in the failure log (3
	 * from injection, 2 from the scan) */
	assert_int_equal(sim.t3[0].events[2].count, 5);
}

static void test_secure_erase(void **state)
{
	(void)state;
	struct cxlmb_set_passphrase_req sp = { .type = 1, .new_pass = { 0x55 } };
	inject(0x4000);
	assert_int_equal(sim.t3[0].npoison, 1);
	assert_int_equal(send(0x4401, NULL, 0, NULL), 0);
	assert_int_equal(sim.t3[0].npoison, 0);
	/* not with a user passphrase set */
	assert_int_equal(send_typed(0x4501, &sp, NULL), 0);
	assert_int_equal(send(0x4401, NULL, 0, NULL), CXLMB_RC_INVALID_SECURITY_STATE);
}

static void test_background_rules_and_abort(void **state)
{
	(void)state;
	struct cxlmb_bg_op_status_rsp st;
	struct cxlmb_mbox_result res;
	uint8_t lsa[8 + 4] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4 };

	inject(0x8000);
	assert_int_equal(send(0x4103, lsa, sizeof(lsa), NULL), 0);
	assert_int_equal(send(0x4400, NULL, 0, NULL), CXLMB_RC_BACKGROUND);
	/* one at a time */
	assert_int_equal(send(0x4400, NULL, 0, NULL), CXLMB_RC_BUSY);
	/* progress through 0002h and the register */
	st = bg_status(sim.cfg.sanitize_ns / 2);
	assert_true(st.running & 1);
	assert_int_equal(st.opcode, 0x4400);
	assert_true(st.percent >= 45 && st.percent <= 55);
	/* completion: visible both ways, and the media is wiped */
	st = bg_status(sim.cfg.sanitize_ns);
	assert_false(st.running & 1);
	assert_int_equal(st.percent, 100);
	assert_int_equal(st.return_code, 0);
	assert_int_equal(cxlmb_sim_peek64(&sim, CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_BG_STATUS) >> 16 & 0x7F, 100);
	assert_int_equal(sim.t3[0].npoison, 0);
	assert_int_equal(sim.t3[0].lsa_dirty, 0);

	/* sanitize is abortable: aborted shows as rc 0012h */
	assert_int_equal(send(0x4400, NULL, 0, NULL), CXLMB_RC_BACKGROUND);
	sim.now_ns += sim.cfg.sanitize_ns / 4;
	assert_int_equal(cxlmb_mbox_bg_abort(&mb, &res), 0);
	assert_int_equal(res.rc, 0);
	st = bg_status(0);
	assert_false(st.running & 1);
	assert_int_equal(st.return_code, CXLMB_RC_ABORTED);
	/* abort with nothing running is a no-op success */
	assert_int_equal(cxlmb_mbox_bg_abort(&mb, &res), 0);
	assert_int_equal(res.rc, 0);
}

static const uint8_t scrub_uuid[16] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b,
					0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };

static void get_scrub(uint8_t sel, uint8_t d[4], uint16_t want_rc)
{
	struct cxlmb_get_feature_req g = { .offset = 0, .count = 4, .selection = sel > 2 ? 0 : sel };
	uint8_t in[0x15];
	size_t n, len;
	memcpy(g.uuid, scrub_uuid, 16);
	assert_int_equal(cxlmb_get_feature_req_encode(&g, in, sizeof(in), &len), 0);
	in[0x14] = sel; /* an undefined selection goes as raw bytes: the encoder refuses it */
	assert_int_equal(send(0x0501, in, len, &n), want_rc);
	if (want_rc == 0) {
		assert_int_equal(n, 4);
		memcpy(d, out, 4);
	}
}

static uint16_t set_scrub(uint8_t transfer, uint16_t off, const uint8_t *d, uint32_t len, uint8_t saved,
			  uint8_t version)
{
	struct cxlmb_set_feature_req q = { .transfer = transfer, .saved_across_reset = saved,
					   .offset = off, .version = version,
					   .data = { d, len } };
	memcpy(q.uuid, scrub_uuid, 16);
	return send_typed(0x0502, &q, NULL);
}

static void test_features(void **state)
{
	(void)state;
	struct cxlmb_get_sup_features_req sq = { 8 + 2 * 0x30, 0 };
	struct cxlmb_get_sup_features_rsp sr;
	struct cxlmb_feature_entry e;
	uint8_t d[4], cyc[2] = { 12, 1 };
	size_t n;

	assert_int_equal(send_typed(0x0500, &sq, &n), 0);
	assert_int_equal(cxlmb_get_sup_features_rsp_decode(out, n, CXLMB_STRICT, &sr), 0);
	assert_int_equal(sr.count, 2);
	assert_int_equal(sr.supported, 2);
	assert_int_equal(cxlmb_array_get(&cxlmb_feature_entry_schema, &sr.entries, 0, CXLMB_STRICT, &e), 0);
	assert_memory_equal(e.uuid, scrub_uuid, 16);
	assert_true(e.attr_flags & 1); /* changeable */
	assert_int_equal(e.get_size, 4);
	assert_int_equal(e.set_size, 2);
	/* a short output buffer: only what fits */
	sq.count = 8 + 0x30;
	assert_int_equal(send_typed(0x0500, &sq, &n), 0);
	assert_int_equal(cxlmb_get_sup_features_rsp_decode(out, n, CXLMB_STRICT, &sr), 0);
	assert_int_equal(sr.count, 1);

	get_scrub(0, d, 0);
	assert_int_equal(d[1], 24);
	/* full transfer, current only: a power cycle restores the saved value */
	assert_int_equal(set_scrub(0, 0, cyc, 2, 0, 1), 0);
	get_scrub(0, d, 0);
	assert_true(d[1] == 12 && d[3] == 1);
	get_scrub(2, d, 0);
	assert_int_equal(d[1], 24);
	cxlmb_sim_power_cycle(&sim);
	get_scrub(0, d, 0);
	assert_int_equal(d[1], 24);
	/* saved across reset */
	assert_int_equal(set_scrub(0, 0, cyc, 2, 1, 1), 0);
	cxlmb_sim_power_cycle(&sim);
	get_scrub(0, d, 0);
	assert_int_equal(d[1], 12);
	get_scrub(1, d, 0); /* default selection */
	assert_int_equal(d[1], 24);
	get_scrub(3, d, CXLMB_RC_INVALID_INPUT); /* not a selection at all */
	/* multi-part: initiate, finish in order; out of order is refused */
	cyc[0] = 6;
	assert_int_equal(set_scrub(1, 0, cyc, 1, 0, 1), 0);
	assert_int_equal(set_scrub(0, 0, cyc, 2, 0, 1), CXLMB_RC_FEATURE_XFER_IN_PROGRESS);
	assert_int_equal(set_scrub(3, 0, cyc + 1, 1, 0, 1), CXLMB_RC_FEATURE_XFER_OUT_OF_ORDER);
	assert_int_equal(set_scrub(3, 1, cyc + 1, 1, 0, 1), 0);
	get_scrub(0, d, 0);
	assert_int_equal(d[1], 6);
	/* abort discards a transfer */
	assert_int_equal(set_scrub(1, 0, cyc, 1, 0, 1), 0);
	assert_int_equal(set_scrub(4, 0, NULL, 0, 0, 1), 0);
	assert_int_equal(set_scrub(2, 1, cyc + 1, 1, 0, 1), CXLMB_RC_FEATURE_XFER_OUT_OF_ORDER);
	/* bad values, versions and sizes */
	cyc[0] = 0;
	assert_int_equal(set_scrub(0, 0, cyc, 2, 0, 1), CXLMB_RC_INVALID_INPUT);
	cyc[0] = 6;
	assert_int_equal(set_scrub(0, 0, cyc, 2, 0, 2), CXLMB_RC_FEATURE_VERSION);
	assert_int_equal(set_scrub(0, 0, cyc, 1, 0, 1), CXLMB_RC_INVALID_INPUT);
	/* the read-only feature cannot be set */
	{
		struct cxlmb_set_feature_req q = { .version = 1, .data = { cyc, 2 } };
		assert_int_equal(cxlmb_array_get(&cxlmb_feature_entry_schema, &sr.entries, 0, CXLMB_STRICT, &e), 0);
		sq = (struct cxlmb_get_sup_features_req){ 8 + 0x30, 1 };
		assert_int_equal(send_typed(0x0500, &sq, &n), 0);
		assert_int_equal(cxlmb_get_sup_features_rsp_decode(out, n, CXLMB_STRICT, &sr), 0);
		assert_int_equal(cxlmb_array_get(&cxlmb_feature_entry_schema, &sr.entries, 0, CXLMB_STRICT, &e), 0);
		assert_false(e.attr_flags & 1);
		memcpy(q.uuid, e.uuid, 16);
		assert_int_equal(send_typed(0x0502, &q, NULL), CXLMB_RC_UNSUPPORTED);
		/* and has no default or saved selection */
		{
			struct cxlmb_get_feature_req g = { .count = 8, .selection = 1 };
			memcpy(g.uuid, e.uuid, 16);
			assert_int_equal(send_typed(0x0501, &g, NULL), CXLMB_RC_FEATURE_SELECTION);
			g.selection = 0;
			assert_int_equal(send_typed(0x0501, &g, &n), 0);
			assert_int_equal(n, 8);
		}
	}
}

static void test_vendor_debug_log(void **state)
{
	(void)state;
	struct cxlmb_get_supported_logs_rsp logs;
	struct cxlmb_supported_log_entry e;
	struct cxlmb_get_log_req gl = { .offset = 0 };
	struct cxlmb_log_uuid_req lu;
	struct cxlmb_get_log_caps_rsp caps;
	size_t n;

	assert_int_equal(send(0x4401, NULL, 0, NULL), 0); /* leaves a line */
	assert_int_equal(send(0x0400, NULL, 0, &n), 0);
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(out, n, CXLMB_STRICT, &logs), 0);
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &logs.entries, 1, CXLMB_STRICT, &e), 0);
	assert_memory_equal(e.uuid, cxlmb_uuid_vendor_debug, 16);
	assert_true(e.size > 0 && e.size == sim.t3[0].dbg.len);
	memcpy(gl.uuid, cxlmb_uuid_vendor_debug, 16);
	gl.length = e.size;
	assert_int_equal(send_typed(0x0401, &gl, &n), 0);
	assert_int_equal(n, e.size);
	assert_true(contains(out, n, "secure erase"));
	/* past its end */
	gl.length = e.size + 1;
	assert_int_equal(send_typed(0x0401, &gl, NULL), CXLMB_RC_INVALID_INPUT);
	/* clearable, unlike the CEL */
	memcpy(lu.uuid, cxlmb_uuid_vendor_debug, 16);
	assert_int_equal(send_typed(0x0402, &lu, &n), 0);
	assert_int_equal(cxlmb_get_log_caps_rsp_decode(out, n, CXLMB_STRICT, &caps), 0);
	assert_int_equal(caps.clear_supported, 1);
	assert_int_equal(send_typed(0x0403, &lu, NULL), 0);
	assert_int_equal(sim.t3[0].dbg.len, 0);
	memcpy(lu.uuid, cxlmb_uuid_cel, 16);
	assert_int_equal(send_typed(0x0403, &lu, NULL), CXLMB_RC_UNSUPPORTED);
	lu.uuid[0] ^= 1;
	assert_int_equal(send_typed(0x0403, &lu, NULL), CXLMB_RC_INVALID_LOG);
}

static uint16_t dc_update(uint16_t op, const struct cxlmb_dpa_extent *x, uint32_t count, uint8_t more)
{
	uint8_t buf[8 + 8 * 0x18];
	struct cxlmb_dc_extent_update_req q = { count, more, { buf + 8, count, NULL } };
	size_t n;
	memset(buf, 0, sizeof(buf));
	for (uint32_t i = 0; i < count; i++)
		assert_int_equal(cxlmb_dpa_extent_encode(&x[i], buf + 8 + 0x18 * i, 0x18, &n), 0);
	return send_typed(op, &q, NULL);
}

static void test_dynamic_capacity(void **state)
{
	(void)state;
	const uint64_t base = 1ull << 30, mb2 = 2ull << 20;
	struct cxlmb_get_dc_config_req cq = { 8, 0 };
	struct cxlmb_get_dc_config_rsp cr;
	struct cxlmb_dc_region reg;
	struct cxlmb_get_dc_extent_list_req lq = { 8, 0 };
	struct cxlmb_get_dc_extent_list_rsp lr;
	struct cxlmb_dc_extent ext;
	struct cxlmb_get_event_records_rsp ev;
	struct cxlmb_event_record rec;
	struct cxlmb_dpa_extent a = { base, 4 * mb2 }, b = { base + 8 * mb2, mb2 };
	uint8_t log = CXLMB_SIM_EVENT_LOG_DC;
	size_t n;

	assert_int_equal(send_typed(0x4800, &cq, &n), 0);
	assert_int_equal(cxlmb_get_dc_config_rsp_decode(out, n, CXLMB_STRICT, &cr), 0);
	assert_int_equal(cr.num_regions, 2);
	assert_int_equal(cr.extents_supported, CXLMB_SIM_DC_EXTENTS);
	assert_int_equal(cxlmb_array_get(&cxlmb_dc_region_schema, &cr.regions, 1, CXLMB_STRICT, &reg), 0);
	assert_true(reg.base == base + (256ull << 20) && reg.block_size == mb2);

	/* the fabric manager offers two extents: each shows in the DC log */
	assert_int_equal(cxlmb_sim_dc_offer(&sim, 0, 0, 4 * mb2), 0);
	assert_int_equal(cxlmb_sim_dc_offer(&sim, 0, 8 * mb2, mb2), 0);
	assert_int_equal(cxlmb_sim_dc_offer(&sim, 0, mb2, mb2), CXLMB_E_INVALID_ARG);     /* overlaps */
	assert_int_equal(cxlmb_sim_dc_offer(&sim, 0, 4096, mb2), CXLMB_E_INVALID_ARG);    /* misaligned */
	assert_int_equal(cxlmb_sim_dc_offer(&sim, 2, 0, mb2), CXLMB_E_INVALID_ARG);       /* no region 2 */
	assert_int_equal(send(0x0100, &log, 1, &n), 0);
	assert_int_equal(cxlmb_get_event_records_rsp_decode(out, n, CXLMB_STRICT, &ev), 0);
	assert_int_equal(ev.count, 2);
	assert_int_equal(cxlmb_event_record_decode(ev.records.data, CXLMB_EVENT_RECORD_LEN, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_DYNAMIC_CAPACITY);
	assert_int_equal(rec.u.dc.event_type, 0);
	assert_true(rec.u.dc.start_dpa == base && rec.u.dc.length == 4 * mb2);

	/* accepting what was not offered, or twice, is refused */
	{
		struct cxlmb_dpa_extent bad = { base + 16 * mb2, mb2 }, twice[2] = { a, a };
		assert_int_equal(dc_update(0x4802, &bad, 1, 0), CXLMB_RC_INVALID_EXTENT_LIST);
		assert_int_equal(dc_update(0x4802, twice, 2, 0), CXLMB_RC_INVALID_EXTENT_LIST);
		bad.dpa = 0; /* static capacity, no region */
		assert_int_equal(dc_update(0x4802, &bad, 1, 0), CXLMB_RC_INVALID_PADDR);
	}
	/* accept only the first; the rest of the offer lapses */
	assert_int_equal(dc_update(0x4802, &a, 1, 0), 0);
	assert_int_equal(dc_update(0x4802, &b, 1, 0), CXLMB_RC_INVALID_EXTENT_LIST);
	assert_int_equal(send_typed(0x4801, &lq, &n), 0);
	assert_int_equal(cxlmb_get_dc_extent_list_rsp_decode(out, n, CXLMB_STRICT, &lr), 0);
	assert_true(lr.count == 1 && lr.total == 1 && lr.generation == 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_dc_extent_schema, &lr.extents, 0, CXLMB_STRICT, &ext), 0);
	assert_true(ext.start_dpa == base && ext.length == 4 * mb2);
	/* release: only what the host holds */
	assert_int_equal(dc_update(0x4803, &b, 1, 0), CXLMB_RC_INVALID_EXTENT_LIST);
	assert_int_equal(dc_update(0x4803, &a, 1, 0), 0);
	assert_int_equal(send_typed(0x4801, &lq, &n), 0);
	assert_int_equal(cxlmb_get_dc_extent_list_rsp_decode(out, n, CXLMB_STRICT, &lr), 0);
	assert_true(lr.count == 0 && lr.total == 0 && lr.generation == 2);
	assert_int_equal(sim.t3[0].events[CXLMB_SIM_EVENT_LOG_DC].count, 3); /* 2 adds, 1 release */
}

/* With a 256-byte payload a poison list of 16 records takes two answers:
 * the first says "more", the second continues where it stopped. */
static void test_poison_list_in_pages(void **state)
{
	(void)state;
	static struct cxlmb_sim small; /* ~170 KB: off the stack */
	struct cxlmb_sim_config cfg;
	struct cxlmb_mbox_config mc;
	struct cxlmb_mbox m;
	struct cxlmb_mbox_result res;
	struct cxlmb_dpa_range range = { 0, (1ull << 30) / 64 };
	struct cxlmb_get_poison_list_rsp pl;
	struct cxlmb_media_error_record rec;
	uint8_t req[16], inj[8];
	uint64_t seen = 0;
	size_t n;

	cxlmb_sim_config_default(&cfg);
	cfg.payload_shift = 8;
	assert_int_equal(cxlmb_sim_init(&small, &cfg), 0);
	cxlmb_sim_mbox_config(&small, &mc);
	assert_int_equal(cxlmb_mbox_init(&m, &cxlmb_sim_ops, &small, &mc), 0);
	for (unsigned i = 0; i < 16; i++) {
		struct cxlmb_inject_poison_req q = { 0x10000ull * i };
		cxlmb_inject_poison_req_encode(&q, inj, sizeof(inj), &n);
		assert_int_equal(cxlmb_mbox_send(&m, 0x4301, inj, 8, out, sizeof(out), &res), 0);
		assert_int_equal(res.rc, 0);
	}
	cxlmb_dpa_range_encode(&range, req, sizeof(req), &n);
	for (unsigned page = 0; page < 2; page++) {
		assert_int_equal(cxlmb_mbox_send(&m, 0x4300, req, 16, out, sizeof(out), &res), 0);
		assert_int_equal(res.rc, 0);
		assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, res.copied, CXLMB_STRICT, &pl), 0);
		assert_int_equal(pl.count, page == 0 ? 14 : 2);
		assert_int_equal(pl.more_records, page == 0);
		for (uint32_t i = 0; i < pl.count; i++) {
			assert_int_equal(cxlmb_array_get(&cxlmb_media_error_record_schema, &pl.records, i,
							 CXLMB_STRICT, &rec), 0);
			assert_false(seen & (1ull << (rec.dpa >> 16))); /* no record twice */
			seen |= 1ull << (rec.dpa >> 16);
		}
	}
	assert_int_equal(seen, 0xFFFF);
	/* the next read starts over */
	assert_int_equal(cxlmb_mbox_send(&m, 0x4300, req, 16, out, sizeof(out), &res), 0);
	assert_int_equal(cxlmb_get_poison_list_rsp_decode(out, res.copied, CXLMB_STRICT, &pl), 0);
	assert_int_equal(pl.count, 14);
	cxlmb_sim_fini(&small);
}

/* The invariants the stateful fuzz target checks do hold on a working
 * device and do catch a broken one. */
static void test_invariants(void **state)
{
	(void)state;
	assert_null(cxlmb_sim_check(&sim));
	assert_int_equal(send(0x4400, NULL, 0, NULL), CXLMB_RC_BACKGROUND);
	assert_null(cxlmb_sim_check(&sim));
	sim.t3[0].bg.percent = 7; /* not what the register says */
	assert_non_null(cxlmb_sim_check(&sim));
	cxlmb_sim_reset(&sim);
	assert_null(cxlmb_sim_check(&sim));
	sim.t3[0].sec.locked = 1;
	assert_string_equal(cxlmb_sim_check(&sim), "locked without a user passphrase");
	cxlmb_sim_reset(&sim);
	assert_int_equal(cxlmb_sim_dc_offer(&sim, 0, 0, 2u << 20), 0);
	assert_null(cxlmb_sim_check(&sim));
	sim.t3[0].dc.pending[sim.t3[0].dc.npending++] = sim.t3[0].dc.pending[0]; /* overlap */
	assert_non_null(cxlmb_sim_check(&sim));
	cxlmb_sim_reset(&sim);
	sim.t3[0].part.active_vol = 4;
	assert_non_null(cxlmb_sim_check(&sim));
}

/* The switch's invariants: vPPB bindings, each MLD's allocations. */
static void test_switch_invariants(void **state)
{
	static struct cxlmb_sim sw; /* off the stack */
	struct cxlmb_sim_config cfg;
	(void)state;
	cxlmb_sim_config_default(&cfg);
	cfg.variant = CXLMB_SIM_SWITCH;
	assert_int_equal(cxlmb_sim_init(&sw, &cfg), 0);
	assert_null(cxlmb_sim_check(&sw));
	sw.vcs.vppb[2] = sw.vcs.vppb[1]; /* two vPPBs on one port */
	assert_string_equal(cxlmb_sim_check(&sw), "two vPPBs bound to the same port or LD");
	cxlmb_sim_reset(&sw);
	sw.vcs.vppb[2].status = 3; /* an LD of the SLD */
	sw.vcs.vppb[2].port = CXLMB_SIM_SLD_PORT;
	assert_string_equal(cxlmb_sim_check(&sw), "vPPB bound to a port that cannot be bound");
	cxlmb_sim_reset(&sw);
	sw.mld[0].alloc[0][0] = 17;
	assert_string_equal(cxlmb_sim_check(&sw), "LD allocations beyond the MLD's capacity");
	cxlmb_sim_reset(&sw);
	assert_null(cxlmb_sim_check(&sw));
	cxlmb_sim_fini(&sw);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_partitions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_scan_media, setup, teardown),
		cmocka_unit_test_setup_teardown(test_secure_erase, setup, teardown),
		cmocka_unit_test_setup_teardown(test_background_rules_and_abort, setup, teardown),
		cmocka_unit_test_setup_teardown(test_features, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vendor_debug_log, setup, teardown),
		cmocka_unit_test_setup_teardown(test_dynamic_capacity, setup, teardown),
		cmocka_unit_test_setup_teardown(test_invariants, setup, teardown),
		cmocka_unit_test(test_switch_invariants),
		cmocka_unit_test_setup_teardown(test_poison_list_in_pages, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
