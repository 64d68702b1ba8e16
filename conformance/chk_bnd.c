/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Boundaries of offset, length, count, index and handle fields: the last
 * valid value answers, one past it, the field's maximum and pairs whose
 * sum wraps 32 or 64 bits answer the documented error, never Success with
 * invented data. */
#include <string.h>

#include "cf_internal.h"

static const uint16_t e_input[] = { CXLMB_RC_INVALID_INPUT, 0 };
static const uint16_t e_input_len[] = { CXLMB_RC_INVALID_INPUT, CXLMB_RC_INVALID_PAYLOAD_LEN, 0 };
static const uint16_t e_paddr[] = { CXLMB_RC_INVALID_PADDR, CXLMB_RC_INVALID_INPUT, 0 };
static const uint16_t e_log[] = { CXLMB_RC_INVALID_LOG, 0 };
static const uint16_t e_handle[] = { CXLMB_RC_INVALID_HANDLE, 0 };
static const uint16_t e_slot[] = { CXLMB_RC_INVALID_SLOT, CXLMB_RC_INVALID_INPUT, 0 };
static const uint16_t e_feature[] = { CXLMB_RC_UNSUPPORTED, CXLMB_RC_INVALID_INPUT, 0 };

/* A UUID no specification or vendor assigns (version nibble 0). */
static const uint8_t nobody[16] = { 0xde, 0xc0, 0xad, 0xde, 0x0f, 0xf0, 0x0f, 0x00,
				    0xc0, 0xff, 0xee, 0x00, 0x00, 0x00, 0x00, 0x01 };

static void expect(struct cf_ctx *c, uint16_t op, const uint8_t *q, size_t len, const char *what,
		   const uint16_t *rcs)
{
	static struct cf_io io;
	if (cf_do(c, op, q, len, &io) == 0)
		cf_expect_err(c, &io, what, rcs);
}

/* ---- Get Log (r3.2 §8.2.10.5.2, Table 8-73) ---- */

static void log_req(uint8_t *q, const uint8_t *uuid, uint32_t off, uint32_t len)
{
	memcpy(q, uuid, 16);
	cf_put32(q + 16, off);
	cf_put32(q + 20, len);
}

static uint32_t cel_bytes(const struct cf_ctx *c)
{
	return c->ncel * CXLMB_CEL_ENTRY_LEN;
}

static void c_log_last(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint8_t q[24];
	uint32_t n = cel_bytes(c);
	(void)k;
	if (!c->cel_ok || !n) {
		cf_fail(c, "the CEL could not be read");
		return;
	}
	log_req(q, cxlmb_uuid_cel, n - 1, 1);
	CF_OK(c, 0x0401, q, 24, &io, "Get Log(CEL, last byte)");
	{
		uint8_t want = (uint8_t)(c->cel[c->ncel - 1].eff >> 8);
		cf_expect_bytes(c, "the CEL's last byte", &want, 1, io.buf, io.len);
	}
}

static void c_log_past(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[24];
	(void)k;
	log_req(q, cxlmb_uuid_cel, cel_bytes(c), 1);
	expect(c, 0x0401, q, 24, "Get Log(CEL, offset = size, 1)", e_input);
}

static void c_log_wrap(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[24];
	(void)k;
	log_req(q, cxlmb_uuid_cel, 4, 0xFFFFFFFDu); /* 4 + FFFFFFFDh wraps to 1 */
	expect(c, 0x0401, q, 24, "Get Log(CEL, 4, FFFFFFFDh)", e_input);
}

static void c_log_max(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[24];
	(void)k;
	log_req(q, cxlmb_uuid_cel, 0xFFFFFFFFu, 1);
	expect(c, 0x0401, q, 24, "Get Log(CEL, FFFFFFFFh, 1)", e_input);
}

static void c_log_over_payload(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[24];
	(void)k;
	log_req(q, cxlmb_uuid_cel, 0, c->ep->max_payload + 1);
	expect(c, 0x0401, q, 24, "Get Log(CEL, 0, payload size + 1)", e_input_len);
}

static void c_log_unknown(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[24];
	(void)k;
	log_req(q, nobody, 0, 4);
	expect(c, 0x0401, q, 24, "Get Log(unassigned UUID)", e_log);
}

static void c_log_caps_unknown(struct cf_ctx *c, const struct cf_check *k)
{
	(void)k;
	if (cf_need(c, 0x0402))
		return;
	expect(c, 0x0402, nobody, 16, "Get Log Capabilities(unassigned UUID)", e_log);
}

/* ---- Label Storage Area (r3.2 §8.2.10.9.2.3-4, Tables 8-130, 8-132) ---- */

static int memdev(struct cf_ctx *c, struct cxlmb_identify_memdev_rsp *m)
{
	static struct cf_io io;
	/* sizes to probe against: discovery, read leniently (cmd.identify-memdev judges it) */
	if (cf_peek_ok(c, 0x4000, NULL, 0, &io, "Identify Memory Device"))
		return -1;
	memcpy(m, io.val, sizeof(*m));
	return 0;
}

static int lsa_size(struct cf_ctx *c, uint16_t op, uint32_t *size)
{
	struct cxlmb_identify_memdev_rsp m;
	if (cf_need(c, op) || cf_need(c, 0x4000) || memdev(c, &m))
		return -1;
	if (!m.lsa_size) {
		cf_skip(c, "the device has no label storage area");
		return -1;
	}
	*size = m.lsa_size;
	return 0;
}

static void lsa_req(uint8_t *q, uint32_t off, uint32_t len)
{
	cf_put32(q, off);
	cf_put32(q + 4, len);
}

static void c_lsa_last(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint8_t q[8];
	uint32_t size;
	(void)k;
	if (lsa_size(c, 0x4102, &size))
		return;
	lsa_req(q, size - 1, 1);
	CF_OK(c, 0x4102, q, 8, &io, "Get LSA(size - 1, 1)");
	if (io.len != 1)
		cf_fail(c, "Get LSA(size - 1, 1) returned %zu bytes", io.len);
}

static void c_lsa_past(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[8];
	uint32_t size;
	(void)k;
	if (lsa_size(c, 0x4102, &size))
		return;
	lsa_req(q, size, 1);
	expect(c, 0x4102, q, 8, "Get LSA(offset = LSA size, 1)", e_input);
}

static void c_lsa_wrap(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[8];
	uint32_t size;
	(void)k;
	if (lsa_size(c, 0x4102, &size))
		return;
	lsa_req(q, 16, 0xFFFFFFF1u); /* the sum wraps to 1 */
	expect(c, 0x4102, q, 8, "Get LSA(16, FFFFFFF1h)", e_input);
}

static void c_lsa_max(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[8];
	uint32_t size;
	(void)k;
	if (lsa_size(c, 0x4102, &size))
		return;
	lsa_req(q, 0xFFFFFFFFu, 1);
	expect(c, 0x4102, q, 8, "Get LSA(FFFFFFFFh, 1)", e_input);
}

static void c_lsa_over_payload(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[8];
	uint32_t size;
	(void)k;
	if (lsa_size(c, 0x4102, &size))
		return;
	lsa_req(q, 0, (1u << 20) + 1); /* more than any payload can carry */
	expect(c, 0x4102, q, 8, "Get LSA(0, 1 MiB + 1)", e_input);
}

static void set_lsa_probe(struct cf_ctx *c, uint32_t off, const char *what)
{
	struct cf_snap before = { 0 };
	static struct cf_io io;
	uint8_t q[10];
	cf_put32(q, off);
	cf_put32(q + 4, 0); /* reserved */
	q[8] = 0xA5;
	q[9] = 0x5A;
	if (cf_snap_take(c, &before) == 0 && cf_do(c, 0x4103, q, sizeof(q), &io) == 0 &&
	    cf_expect_err(c, &io, what, e_input))
		cf_snap_same(c, &before, what);
	cf_snap_free(&before);
}

static void c_set_lsa_past(struct cf_ctx *c, const struct cf_check *k)
{
	uint32_t size;
	(void)k;
	if (lsa_size(c, 0x4103, &size))
		return;
	set_lsa_probe(c, size - 1, "Set LSA(size - 1, 2 bytes)");
}

static void c_set_lsa_wrap(struct cf_ctx *c, const struct cf_check *k)
{
	uint32_t size;
	(void)k;
	if (lsa_size(c, 0x4103, &size))
		return;
	set_lsa_probe(c, 0xFFFFFFFFu, "Set LSA(FFFFFFFFh, 2 bytes)");
}

/* ---- Poison (r3.2 §8.2.10.9.4.1-3, Tables 8-141, 8-144, 8-145) ---- */

static int capacity(struct cf_ctx *c, uint16_t op, uint64_t *bytes)
{
	struct cxlmb_identify_memdev_rsp m;
	if (cf_need(c, op) || cf_need(c, 0x4000) || memdev(c, &m))
		return -1;
	*bytes = m.total_capacity << 28; /* 256 MiB units */
	return 0;
}

static void poison_req(uint8_t *q, uint64_t dpa, uint64_t len64)
{
	cf_put64(q, dpa);
	cf_put64(q + 8, len64);
}

static void c_poison_past(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[16];
	uint64_t cap;
	(void)k;
	if (capacity(c, 0x4300, &cap))
		return;
	poison_req(q, cap, 1);
	expect(c, 0x4300, q, 16, "Get Poison List(capacity, 64 B)", e_paddr);
}

static void c_poison_wrap(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[16];
	uint64_t cap;
	(void)k;
	if (capacity(c, 0x4300, &cap))
		return;
	/* 2^58 units of 64 bytes: the length in bytes wraps 64 bits to 0 */
	poison_req(q, 0x40, 1ull << 58);
	expect(c, 0x4300, q, 16, "Get Poison List(40h, 2^58 x 64 B)", e_paddr);
}

static void c_poison_end_wrap(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[16];
	uint64_t cap;
	(void)k;
	if (capacity(c, 0x4300, &cap))
		return;
	/* start + length wraps: 0xFFFF...C0 + 2 units */
	poison_req(q, 0xFFFFFFFFFFFFFFC0ull, 2);
	expect(c, 0x4300, q, 16, "Get Poison List(FFFFFFFFFFFFFFC0h, 2 x 64 B)", e_paddr);
}

static void dpa_probe(struct cf_ctx *c, uint16_t op, size_t len, const char *what)
{
	struct cf_snap before = { 0 };
	static struct cf_io io;
	uint8_t q[0x48] = { 0 };
	uint64_t cap;
	if (capacity(c, op, &cap))
		return;
	cf_put64(q, cap);
	if (op == 0x4304)
		cf_put64(q + 8, 1); /* one 64-byte unit */
	if (cf_snap_take(c, &before) == 0 && cf_do(c, op, q, len, &io) == 0 &&
	    cf_expect_err(c, &io, what, e_paddr))
		cf_snap_same(c, &before, what);
	cf_snap_free(&before);
}

static void c_scan_caps_past(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[16];
	uint64_t cap;
	(void)k;
	if (capacity(c, 0x4303, &cap))
		return;
	poison_req(q, cap, 1);
	expect(c, 0x4303, q, 16, "Get Scan Media Capabilities(capacity, 64 B)", e_paddr);
}

static void c_scan_past(struct cf_ctx *c, const struct cf_check *k)
{
	(void)k;
	dpa_probe(c, 0x4304, 0x11, "Scan Media(capacity)");
}

static void c_inject_past(struct cf_ctx *c, const struct cf_check *k)
{
	(void)k;
	dpa_probe(c, 0x4301, 8, "Inject Poison(capacity)");
}

static void c_clear_past(struct cf_ctx *c, const struct cf_check *k)
{
	(void)k;
	dpa_probe(c, 0x4302, 0x48, "Clear Poison(capacity)");
}

/* ---- Events (r3.2 §8.2.10.2.2-3, Tables 8-52, 8-55) ---- */

static void c_event_bad_log(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t log = 5; /* 0-4 are assigned; the rest are reserved */
	(void)k;
	if (cf_need(c, 0x0100))
		return;
	expect(c, 0x0100, &log, 1, "Get Event Records(log 5)", e_input);
}

static void c_clear_bad_handle(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const struct cxlmb_get_event_records_rsp *r = (const void *)io.val;
	uint8_t log = 0, q[8] = { 0 };
	uint16_t h = 0xFFFE;
	bool taken = true;
	(void)k;
	if (cf_need(c, 0x0101) || cf_need(c, 0x0100))
		return;
	if (cf_peek_ok(c, 0x0100, &log, 1, &io, "Get Event Records")) /* discovery */
		return;
	/* a handle no record in the log has */
	while (taken) {
		taken = false;
		for (uint16_t i = 0; i < r->count; i++) {
			struct cxlmb_event_record_hdr e;
			if (cxlmb_array_get(&cxlmb_event_record_hdr_schema, &r->records, i, 0, &e) == 0 &&
			    e.handle == h)
				taken = true;
		}
		if (taken)
			h--;
	}
	q[0] = 0;     /* informational log */
	q[1] = 0;     /* not clear-all */
	q[2] = 1;     /* one handle */
	cf_put16(q + 6, h);
	expect(c, 0x0101, q, 8, "Clear Event Records(a handle the log does not hold)", e_handle);
}

/* ---- Features (r3.2 §8.2.10.6.1-2, Tables 8-95, 8-98) ---- */

static int first_feature(struct cf_ctx *c, struct cxlmb_feature_entry *fe, uint16_t *supported)
{
	static struct cf_io io;
	const struct cxlmb_get_sup_features_rsp *r = (const void *)io.val;
	uint8_t q[8] = { 0 };
	if (cf_need(c, 0x0500))
		return -1;
	cf_put32(q, 8 + 0x30);
	if (cf_peek_ok(c, 0x0500, q, 8, &io, "Get Supported Features")) /* discovery */
		return -1;
	*supported = r->supported;
	if (!r->count) {
		cf_skip(c, "the device supports no feature");
		return -1;
	}
	return cxlmb_array_get(&cxlmb_feature_entry_schema, &r->entries, 0, 0, fe) ? -1 : 0;
}

static void c_sup_features_past(struct cf_ctx *c, const struct cf_check *k)
{
	struct cxlmb_feature_entry fe;
	uint16_t sup;
	uint8_t q[8] = { 0 };
	(void)k;
	if (first_feature(c, &fe, &sup))
		return;
	cf_put32(q, 8 + 0x30);
	cf_put16(q + 4, (uint16_t)(sup + 1));
	expect(c, 0x0500, q, 8, "Get Supported Features(start index past the last)", e_input);
}

static void get_feature_req(uint8_t *q, const uint8_t *uuid, uint16_t off, uint16_t cnt)
{
	memcpy(q, uuid, 16);
	cf_put16(q + 16, off);
	cf_put16(q + 18, cnt);
	q[20] = 0; /* current value */
}

static void c_feature_past(struct cf_ctx *c, const struct cf_check *k)
{
	struct cxlmb_feature_entry fe;
	uint16_t sup;
	uint8_t q[0x15];
	(void)k;
	if (first_feature(c, &fe, &sup) || cf_need(c, 0x0501))
		return;
	get_feature_req(q, fe.uuid, fe.get_size, 1);
	expect(c, 0x0501, q, sizeof(q), "Get Feature(offset = its size, 1)", e_input);
}

static void c_feature_unknown(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t q[0x15];
	(void)k;
	if (cf_need(c, 0x0501))
		return;
	get_feature_req(q, nobody, 0, 1);
	expect(c, 0x0501, q, sizeof(q), "Get Feature(unassigned UUID)", e_feature);
}

/* ---- Dynamic capacity (r3.2 §8.2.10.9.9.1-2, Tables 8-17x) ---- */

static void c_dc_config_past(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const struct cxlmb_get_dc_config_rsp *r = (const void *)io.val;
	uint8_t q[2] = { 8, 0 };
	(void)k;
	if (cf_need(c, 0x4800))
		return;
	if (cf_peek_ok(c, 0x4800, q, 2, &io, "Get Dynamic Capacity Configuration")) /* discovery */
		return;
	q[0] = 1;
	q[1] = r->regions_available;
	expect(c, 0x4800, q, 2, "Get DC Configuration(start region = regions available)", e_input);
}

static void c_dc_extents_past(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const struct cxlmb_get_dc_extent_list_rsp *r = (const void *)io.val;
	uint8_t q[8] = { 8, 0, 0, 0, 0, 0, 0, 0 };
	(void)k;
	if (cf_need(c, 0x4801))
		return;
	if (cf_peek_ok(c, 0x4801, q, 8, &io, "Get Dynamic Capacity Extent List")) /* discovery */
		return;
	cf_put32(q + 4, r->total + 1);
	expect(c, 0x4801, q, 8, "Get DC Extent List(start index = total + 1)", e_input);
}

/* ---- Response message limit, firmware slots ---- */

static void c_msg_limit_low(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t v = 7; /* 128 bytes: below the 256-byte minimum */
	(void)k;
	if (cf_need(c, 0x0004))
		return;
	expect(c, 0x0004, &v, 1, "Set Response Message Limit(7)", e_input);
}

static void c_msg_limit_high(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t v = 21; /* 2 MiB: past the 1 MiB maximum */
	(void)k;
	if (cf_need(c, 0x0004))
		return;
	expect(c, 0x0004, &v, 1, "Set Response Message Limit(21)", e_input);
}

static int fw_slots(struct cf_ctx *c, uint16_t op, uint8_t *slots)
{
	static struct cf_io io;
	if (cf_need(c, op) || cf_need(c, 0x0200) ||
	    cf_peek_ok(c, 0x0200, NULL, 0, &io, "Get FW Info")) /* discovery */
		return -1;
	*slots = ((const struct cxlmb_get_fw_info_rsp *)(const void *)io.val)->slots_supported;
	return 0;
}

static void c_activate_bad_slot(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t slots, q[2];
	(void)k;
	if (fw_slots(c, 0x0202, &slots))
		return;
	q[0] = 1; /* on the next cold reset: nothing happens now even if accepted */
	q[1] = (uint8_t)(slots + 1);
	expect(c, 0x0202, q, 2, "Activate FW(slot past the last)", e_slot);
}

static void c_transfer_bad_slot(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t slots, q[0x80 + 0x80] = { 0 };
	(void)k;
	if (fw_slots(c, 0x0201, &slots))
		return;
	q[0] = 0; /* full transfer */
	q[1] = (uint8_t)(slots + 1);
	expect(c, 0x0201, q, sizeof(q), "Transfer FW(full, slot past the last)", e_slot);
}

/* ---- switch (r3.2 §7.6.7.1.2, §7.6.7.2.1) ---- */

static int switch_counts(struct cf_ctx *c, uint8_t *ports, uint16_t *vppbs)
{
	static struct cf_io io;
	const struct cxlmb_identify_switch_rsp *r = (const void *)io.val;
	if (cf_need(c, 0x5100) || /* discovery */
	    cf_peek_ok(c, 0x5100, NULL, 0, &io, "Identify Switch Device"))
		return -1;
	*ports = r->num_physical_ports;
	*vppbs = r->total_vppbs;
	return 0;
}

/* A port that does not exist: refused, or listed with state Fh (invalid
 * port ID) -- never as a port that is there. */
static void c_port_bad(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const struct cxlmb_get_port_state_rsp *r = (const void *)io.val;
	struct cxlmb_port_info pi;
	uint8_t ports, q[2];
	uint16_t vppbs;
	(void)k;
	if (cf_need(c, 0x5101) || switch_counts(c, &ports, &vppbs))
		return;
	q[0] = 1;
	q[1] = ports;
	if (cf_do(c, 0x5101, q, 2, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_expect_err(c, &io, "Get Physical Port State(a port past the last)", e_input);
		return;
	}
	if (r->num_ports != 1 || cxlmb_array_get(&cxlmb_port_info_schema, &r->ports, 0, 0, &pi)) {
		cf_fail(c, "Get Physical Port State(port %u): %u entries", ports, r->num_ports);
		return;
	}
	if ((pi.config_state & 0xF) != 0xF)
		cf_fail(c, "port %u, past the last of %u, is reported in state %u, expected Fh (invalid "
			   "port ID) or Invalid Input", ports, ports, pi.config_state & 0xF);
}

static void c_vcs_start_past(struct cf_ctx *c, const struct cf_check *k)
{
	uint8_t ports, q[4];
	uint16_t vppbs;
	(void)k;
	if (cf_need(c, 0x5200) || switch_counts(c, &ports, &vppbs))
		return;
	q[0] = vppbs > 255 ? 255 : (uint8_t)vppbs; /* start vPPB */
	q[1] = 8;
	q[2] = 1;
	q[3] = 0;
	expect(c, 0x5200, q, 4, "Get VCS Info(start vPPB = total vPPBs)", e_input);
}

/* A VCS the switch does not have: refused, or its block says FFh (invalid
 * VCS ID) -- never a virtual switch that is there. */
static void c_vcs_bad_id(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	static struct cf_io idn;
	const struct cxlmb_identify_switch_rsp *id = (const void *)idn.val;
	struct cxlmb_vcs_info vi;
	uint32_t pos = 0;
	uint8_t q[4] = { 0, 8, 1, 0 };
	unsigned v;
	(void)k;
	if (cf_need(c, 0x5200) || cf_need(c, 0x5100) ||
	    cf_peek_ok(c, 0x5100, NULL, 0, &idn, "Identify Switch Device")) /* discovery */
		return;
	for (v = 0; v < 256 && (id->active_vcs_bitmask[v / 8] >> (v % 8) & 1); v++)
		;
	if (v == 256) {
		cf_skip(c, "every VCS ID is active");
		return;
	}
	q[3] = (uint8_t)v;
	if (cf_do(c, 0x5200, q, 4, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_expect_err(c, &io, "Get VCS Info(an inactive VCS)", e_input);
		return;
	}
	if (cxlmb_vcs_info_next((const void *)io.val, &pos, CXLMB_STRICT, &vi)) {
		cf_fail(c, "Get VCS Info(VCS %u): the block does not decode", v);
		return;
	}
	if (vi.state != 0xFF)
		cf_fail(c, "VCS %u, not in the active mask, is reported in state %u, expected FFh "
			   "(invalid VCS ID) or Invalid Input", v, vi.state);
}

#define B(id, title, ref, tg, d, fn) { "bnd." id, title, ref, CF_MANDATORY, tg, false, d, fn, 0 }
const struct cf_check cf_checks_bnd[] = {
	B("get-log.last-byte", "Get Log of the CEL's last byte answers that byte",
	  "r3.2 §8.2.10.5.2, Table 8-73", CF_T_ANY, NULL, c_log_last),
	B("get-log.past-end", "Get Log at offset = log size is Invalid Input",
	  "r3.2 §8.2.10.5.2, Table 8-73", CF_T_ANY, NULL, c_log_past),
	B("get-log.wrap32", "Get Log with offset + length wrapping 32 bits is Invalid Input",
	  "r3.2 §8.2.10.5.2, Table 8-73", CF_T_ANY, NULL, c_log_wrap),
	B("get-log.offset-max", "Get Log at offset FFFFFFFFh is Invalid Input",
	  "r3.2 §8.2.10.5.2, Table 8-73", CF_T_ANY, NULL, c_log_max),
	B("get-log.over-payload", "Get Log longer than the payload is rejected",
	  "r3.2 §8.2.10.5.2, Table 8-73", CF_T_ANY, NULL, c_log_over_payload),
	B("get-log.unknown-log", "Get Log of an unassigned log UUID is Invalid Log",
	  "r3.2 §8.2.10.5.2; Table 8-34", CF_T_ANY, NULL, c_log_unknown),
	B("get-log-caps.unknown-log", "Get Log Capabilities of an unassigned UUID is Invalid Log",
	  "r3.2 §8.2.10.5.3", CF_T_ANY, NULL, c_log_caps_unknown),
	B("get-lsa.last-byte", "Get LSA of the last byte answers one byte",
	  "r3.2 §8.2.10.9.2.3, Table 8-130", CF_T_MEMDEV, NULL, c_lsa_last),
	B("get-lsa.past-end", "Get LSA at offset = LSA size is Invalid Input",
	  "r3.2 §8.2.10.9.2.3, Table 8-130", CF_T_MEMDEV, NULL, c_lsa_past),
	B("get-lsa.wrap32", "Get LSA with offset + length wrapping 32 bits is Invalid Input",
	  "r3.2 §8.2.10.9.2.3, Table 8-130", CF_T_MEMDEV, NULL, c_lsa_wrap),
	B("get-lsa.offset-max", "Get LSA at offset FFFFFFFFh is Invalid Input",
	  "r3.2 §8.2.10.9.2.3, Table 8-130", CF_T_MEMDEV, NULL, c_lsa_max),
	B("get-lsa.over-payload", "Get LSA longer than any payload is Invalid Input",
	  "r3.2 §8.2.10.9.2.3, Table 8-130", CF_T_MEMDEV, NULL, c_lsa_over_payload),
	B("set-lsa.past-end", "Set LSA running past the LSA is rejected and writes nothing",
	  "r3.2 §8.2.10.9.2.4, Table 8-132", CF_T_MEMDEV, "writes label storage if wrongly accepted",
	  c_set_lsa_past),
	B("set-lsa.wrap32", "Set LSA whose end wraps 32 bits is rejected and writes nothing",
	  "r3.2 §8.2.10.9.2.4, Table 8-132", CF_T_MEMDEV, "writes label storage if wrongly accepted",
	  c_set_lsa_wrap),
	B("poison-list.past-capacity", "Get Poison List at the capacity is rejected",
	  "r3.2 §8.2.10.9.4.1, Table 8-141", CF_T_MEMDEV, NULL, c_poison_past),
	B("poison-list.length-wrap64", "Get Poison List whose length in bytes wraps 64 bits is rejected",
	  "r3.2 §8.2.10.9.4.1, Table 8-141", CF_T_MEMDEV, NULL, c_poison_wrap),
	B("poison-list.end-wrap64", "Get Poison List whose start + length wraps 64 bits is rejected",
	  "r3.2 §8.2.10.9.4.1, Table 8-141", CF_T_MEMDEV, NULL, c_poison_end_wrap),
	B("scan-media-caps.past-capacity", "Get Scan Media Capabilities at the capacity is rejected",
	  "r3.2 §8.2.10.9.4.4, Table 8-146", CF_T_MEMDEV, NULL, c_scan_caps_past),
	B("scan-media.past-capacity", "Scan Media at the capacity is rejected",
	  "r3.2 §8.2.10.9.4.5, Table 8-148", CF_T_MEMDEV, "starts a scan if wrongly accepted",
	  c_scan_past),
	B("inject-poison.past-capacity", "Inject Poison at the capacity is rejected",
	  "r3.2 §8.2.10.9.4.2, Table 8-144", CF_T_MEMDEV, "poisons media if wrongly accepted",
	  c_inject_past),
	B("clear-poison.past-capacity", "Clear Poison at the capacity is rejected",
	  "r3.2 §8.2.10.9.4.3, Table 8-145", CF_T_MEMDEV, "writes media if wrongly accepted",
	  c_clear_past),
	B("event-records.bad-log", "Get Event Records of a reserved log is Invalid Input",
	  "r3.2 §8.2.10.2.2, Table 8-52", CF_T_MEMDEV, NULL, c_event_bad_log),
	B("clear-events.bad-handle", "Clear Event Records of a handle not in the log is Invalid Handle",
	  "r3.2 §8.2.10.2.3, Table 8-55", CF_T_MEMDEV, NULL, c_clear_bad_handle),
	B("sup-features.start-past-count", "Get Supported Features past the last index is Invalid Input",
	  "r3.2 §8.2.10.6.1, Table 8-95", CF_T_ANY, NULL, c_sup_features_past),
	B("get-feature.past-end", "Get Feature at offset = its size is Invalid Input",
	  "r3.2 §8.2.10.6.2, Table 8-98", CF_T_ANY, NULL, c_feature_past),
	B("get-feature.unknown-uuid", "Get Feature of an unassigned UUID is rejected",
	  "r3.2 §8.2.10.6.2, Table 8-98", CF_T_ANY, NULL, c_feature_unknown),
	B("dc-config.start-past-regions", "Get DC Configuration past the last region is Invalid Input",
	  "r3.2 §8.2.10.9.9.1", CF_T_MEMDEV, NULL, c_dc_config_past),
	B("dc-extents.start-past-total", "Get DC Extent List past the last extent is Invalid Input",
	  "r3.2 §8.2.10.9.9.2", CF_T_MEMDEV, NULL, c_dc_extents_past),
	B("port-state.bad-port", "Get Physical Port State of a port past the last is refused or invalid",
	  "r3.2 §7.6.7.1.2", CF_T_SWITCH, NULL, c_port_bad),
	B("vcs-info.start-past-vppbs", "Get VCS Info starting past the last vPPB is Invalid Input",
	  "r3.2 §7.6.7.2.1", CF_T_SWITCH, NULL, c_vcs_start_past),
	B("vcs-info.bad-vcs", "Get VCS Info of an inactive VCS is refused or invalid",
	  "r3.2 §7.6.7.2.1", CF_T_SWITCH, NULL, c_vcs_bad_id),
	B("rsp-msg-limit.below-min", "Set Response Message Limit below 256 bytes is Invalid Input",
	  "r3.2 §8.2.10.1.4", CF_T_ANY, "limits responses to 128 bytes if wrongly accepted",
	  c_msg_limit_low),
	B("rsp-msg-limit.above-max", "Set Response Message Limit above 1 MiB is Invalid Input",
	  "r3.2 §8.2.10.1.4", CF_T_ANY, "changes the response limit if wrongly accepted",
	  c_msg_limit_high),
	B("activate-fw.bad-slot", "Activate FW of a slot past the last is rejected",
	  "r3.2 §8.2.10.3.3, Table 8-60", CF_T_MEMDEV, "schedules a firmware switch if wrongly accepted",
	  c_activate_bad_slot),
	B("transfer-fw.bad-slot", "Transfer FW into a slot past the last is rejected",
	  "r3.2 §8.2.10.3.2, Table 8-59", CF_T_MEMDEV, "stages firmware if wrongly accepted",
	  c_transfer_bad_slot),
};
const size_t cf_nchecks_bnd = CF_N(cf_checks_bnd);
