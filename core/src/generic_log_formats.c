/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The logs r3.2 §8.2.10.5.2 lays out beside the CEL: Component State Dump
 * (Table 8-89), DDR5 ECS (8-90), Media Test Capability (8-91 to 8-93) and
 * Media Test Results Short (8-94 to 8-96); found by log UUID (Table 8-83). */
#include "cxlmb/cmd_generic.h"
#include "cxlmb/error.h"
#include "le.h"

/* left out of builds without the logs set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_LOGS))

/* Table 8-89: the dump's length field names the vendor data's bytes */
static int csd_log_check(const void *val, unsigned flags)
{
	const struct cxlmb_csd_log *r = val;
	return (flags & CXLMB_STRICT) && r->data_len != r->data.len ? CXLMB_E_COUNT_MISMATCH
								     : CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks csd_log_hooks = { NULL, csd_log_check };

#define T struct cxlmb_csd_log
static const struct cxlmb_field cxlmb_csd_log_schema_fields[] = {
	CXLMB_U(T, data_len, 0x00, 4),
	CXLMB_U(T, trigger_count, 0x04, 1),
	CXLMB_U(T, event_log, 0x05, 1),
	CXLMB_UF(T, event_handle, 0x06, 2, CXLMB_FF_HEX),
	CXLMB_U(T, timestamp, 0x08, 8),
	CXLMB_UUID(T, format_uuid, 0x10),
	CXLMB_BIT(T, auto_populated, 0x20, 4, 0),
	CXLMB_RSVD_BITS(0x20, 4, 0xFFFFFFFEu),
	CXLMB_RSVD(0x24, 0x1C),
	CXLMB_TAIL(T, data, 0x40, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_csd_log_schema, T, 0x40, 0, csd_log_hooks);
#undef T

/* Table 8-90: threshold encodings 3-5 (256, 1024, 4096 per Gb) */
#define T struct cxlmb_ecs_log_entry
static const struct cxlmb_field cxlmb_ecs_log_entry_schema_fields[] = {
	CXLMB_BYTES(T, component_id, 0x00, 16),
	CXLMB_FLD_("threshold", CXLMB_F_UINT, 0x10, 2, T, threshold, 0, 3, CXLMB_FF_ENUM_MASK,
		   (1u << 3) | (1u << 4) | (1u << 5)),
	CXLMB_BIT(T, codeword_mode, 0x10, 2, 3),
	CXLMB_RSVD_BITS(0x10, 2, 0xFFF0),
	/* error count and address information, 16 bytes from 12h */
	CXLMB_BIT(T, error_found, 0x12, 1, 0),
	CXLMB_RSVD_BITS(0x12, 1, 0xFE),
	CXLMB_U(T, error_count, 0x13, 2),    /* bits 23:8 */
	CXLMB_U(T, max_row_errors, 0x15, 1), /* bits 31:24 */
	CXLMB_UF(T, max_error_addr, 0x16, 8, CXLMB_FF_HEX), /* bits 95:32 */
	CXLMB_RSVD(0x1E, 4),
};
CXLMB_SCHEMA(cxlmb_ecs_log_entry_schema, T, 0x22, 0x22);
#undef T

#define T struct cxlmb_ecs_log
static const struct cxlmb_field cxlmb_ecs_log_schema_fields[] = {
	CXLMB_BITS(T, count, 0x00, 4, 0, 10),
	CXLMB_BIT(T, component_id_fmt, 0x00, 4, 10),
	CXLMB_BITS_E(T, entry_type, 0x00, 4, 11, 2, 1),
	CXLMB_RSVD_BITS(0x00, 4, 0xFFFFE000u),
	CXLMB_ARRAY(T, entries, 0x04, count, cxlmb_ecs_log_entry_schema),
};
CXLMB_SCHEMA(cxlmb_ecs_log_schema, T, 4, 0);
#undef T

/* Table 8-93 */
#define T struct cxlmb_mtest_cap_entry
static const struct cxlmb_field cxlmb_mtest_cap_entry_schema_fields[] = {
	CXLMB_UF(T, test_id, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_U(T, algorithm, 0x02, 1),
	CXLMB_U(T, exec_time, 0x03, 1),
	CXLMB_BIT(T, addr_configurable, 0x04, 2, 0),
	CXLMB_BIT(T, inverse_pattern, 0x04, 2, 1),
	CXLMB_BIT(T, exit_on_ue, 0x04, 2, 2),
	CXLMB_BIT(T, threshold_programmable, 0x04, 2, 3),
	CXLMB_BIT(T, update_poison, 0x04, 2, 4),
	CXLMB_BITS(T, addressing_mode, 0x04, 2, 5, 4),
	CXLMB_RSVD_BITS(0x04, 2, 0xFE00),
	CXLMB_UF(T, patterns, 0x06, 2, CXLMB_FF_HEX),
	CXLMB_U(T, prbs_len, 0x08, 1),
	CXLMB_RSVD(0x09, 7),
};
CXLMB_SCHEMA(cxlmb_mtest_cap_entry_schema, T, 0x10, 0x10);
#undef T

/* Tables 8-91, 8-92 */
#define T struct cxlmb_mtest_cap_log
static const struct cxlmb_field cxlmb_mtest_cap_log_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 1),
	CXLMB_U(T, total_signatures, 0x01, 4),
	CXLMB_U(T, long_version, 0x05, 1),
	CXLMB_U(T, short_version, 0x06, 1),
	CXLMB_BIT(T, data_ecc_off, 0x07, 1, 0),
	CXLMB_BIT(T, meta_ecc_off, 0x07, 1, 1),
	CXLMB_BIT(T, both_ecc_off, 0x07, 1, 2),
	CXLMB_BIT(T, meta_area_test, 0x07, 1, 3),
	CXLMB_RSVD_BITS(0x07, 1, 0xF0),
	CXLMB_RSVD(0x08, 8),
	CXLMB_ARRAY(T, entries, 0x10, count, cxlmb_mtest_cap_entry_schema),
};
CXLMB_SCHEMA(cxlmb_mtest_cap_log_schema, T, 0x10, 0);
#undef T

/* Table 8-96 */
#define T struct cxlmb_mtest_short_entry
static const struct cxlmb_field cxlmb_mtest_short_entry_schema_fields[] = {
	CXLMB_UF(T, test_id, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_U(T, start, 0x02, 8),
	CXLMB_U(T, end, 0x0A, 8),
	CXLMB_E(T, result, 0x12, 1, 2),
	CXLMB_BIT(T, signature_overflow, 0x13, 1, 0),
	CXLMB_RSVD_BITS(0x13, 1, 0xFE),
	CXLMB_U(T, ue_count, 0x14, 4),
	CXLMB_U(T, ce_count, 0x18, 4),
	CXLMB_RSVD(0x1C, 4),
};
CXLMB_SCHEMA(cxlmb_mtest_short_entry_schema, T, 0x20, 0x20);
#undef T

/* Tables 8-94, 8-95: Version "shall be set to 01h" */
#define T struct cxlmb_mtest_short_log
static const struct cxlmb_field cxlmb_mtest_short_log_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 1),
	CXLMB_FLD_("version", CXLMB_F_UINT, 0x01, 1, T, version, 0, 0, CXLMB_FF_ENUM_MASK, 1u << 1),
	CXLMB_E(T, result, 0x02, 1, 3),
	CXLMB_RSVD(0x03, 0x0D),
	CXLMB_ARRAY(T, entries, 0x10, count, cxlmb_mtest_short_entry_schema),
};
CXLMB_SCHEMA(cxlmb_mtest_short_log_schema, T, 0x10, 0);
#undef T

/* Table 8-98: the short log's header */
#define T struct cxlmb_mtest_long_hdr
static const struct cxlmb_field cxlmb_mtest_long_hdr_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 1),
	CXLMB_FLD_("version", CXLMB_F_UINT, 0x01, 1, T, version, 0, 0, CXLMB_FF_ENUM_MASK, 1u << 1),
	CXLMB_E(T, result, 0x02, 1, 3),
	CXLMB_RSVD(0x03, 0x0D),
};
CXLMB_SCHEMA(cxlmb_mtest_long_hdr_schema, T, 0x10, 0x10);
#undef T

/* Table 8-100 */
#define T struct cxlmb_error_signature
static const struct cxlmb_field cxlmb_error_signature_schema_fields[] = {
	CXLMB_U(T, iteration, 0x00, 2),
	CXLMB_BIT(T, is_volatile, 0x02, 8, 0),
	CXLMB_BITS_E(T, error_type, 0x02, 8, 1, 2, 1),
	CXLMB_BIT(T, inverse_pattern, 0x02, 8, 3),
	CXLMB_RSVD_BITS(0x02, 8, 0x30),
	CXLMB_ADDR(T, dpa, 0x02, 8, 6, 58),
	CXLMB_BITSF(T, validity, 0x0A, 2, 0, 11, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x0A, 2, 0xF800),
	CXLMB_U(T, channel, 0x0C, 1),
	CXLMB_U(T, rank, 0x0D, 1),
	CXLMB_UF(T, nibble_mask, 0x0E, 3, CXLMB_FF_HEX),
	CXLMB_U(T, bank_group, 0x11, 1),
	CXLMB_U(T, bank, 0x12, 1),
	CXLMB_U(T, row, 0x13, 3),
	CXLMB_U(T, column, 0x16, 2),
	CXLMB_BYTES(T, correction_mask, 0x18, 0x20),
	CXLMB_BYTES(T, component_id, 0x38, 0x10),
	CXLMB_U(T, sub_channel, 0x48, 1),
	CXLMB_RSVD(0x49, 7),
};
CXLMB_SCHEMA(cxlmb_error_signature_schema, T, 0x50, 0x50);
#undef T

/* Table 8-99: an entry is a layout of its own, its array counted at 28h */
#define T struct cxlmb_mtest_long_entry
static const struct cxlmb_field cxlmb_mtest_long_entry_schema_fields[] = {
	CXLMB_UF(T, test_id, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_U(T, start, 0x02, 8),
	CXLMB_U(T, end, 0x0A, 8),
	CXLMB_E(T, result, 0x12, 1, 2),
	CXLMB_BIT(T, signature_overflow, 0x13, 1, 0),
	CXLMB_RSVD_BITS(0x13, 1, 0xFE),
	CXLMB_U(T, ue_count, 0x14, 4),
	CXLMB_U(T, ce_count, 0x18, 4),
	CXLMB_RSVD(0x1C, 4),
	CXLMB_U(T, capacity_tested, 0x20, 8),
	CXLMB_U(T, sig_count, 0x28, 4),
	CXLMB_RSVD(0x2C, 4),
	CXLMB_ARRAY(T, signatures, 0x30, sig_count, cxlmb_error_signature_schema),
};
CXLMB_SCHEMA(cxlmb_mtest_long_entry_schema, T, 0x30, 0);
#undef T

int cxlmb_mtest_long_log_walk(const uint8_t *log, size_t len, unsigned flags,
			      const struct cxlmb_visitor *v)
{
	struct cxlmb_mtest_long_hdr h;
	struct cxlmb_mtest_long_entry e;
	size_t off = 0x10;
	int rc;

	if (!log && len)
		return CXLMB_E_INVALID_ARG;
	if (len < 0x10)
		return CXLMB_E_TRUNCATED;
	rc = cxlmb_schema_decode(&cxlmb_mtest_long_hdr_schema, log, 0x10, flags, &h);
	if (rc)
		return rc;
	if (v) {
		cxlmb_schema_visit(&cxlmb_mtest_long_hdr_schema, &h, flags, v);
		if (v->array_begin)
			v->array_begin(v->ctx, "entries", h.count);
	}
	/* iterative: each entry's size is its fixed part and its own count */
	for (uint32_t i = 0; i < h.count; i++) {
		uint64_t n, size;
		if (len - off < 0x30)
			return CXLMB_E_COUNT_MISMATCH;
		n = cxlmb_get_le(log + off + 0x28, 4);
		if (n > (len - off - 0x30) / 0x50)
			return CXLMB_E_COUNT_MISMATCH;
		size = 0x30 + n * 0x50;
		rc = cxlmb_schema_decode(&cxlmb_mtest_long_entry_schema, log + off, (size_t)size,
					 flags & ~CXLMB_ALLOW_TRAILING, &e);
		if (rc)
			return rc;
		if (v) {
			if (v->elem_begin)
				v->elem_begin(v->ctx, i);
			/* cannot fail: the entry and its signatures decoded
			 * above with these flags */
			(void)cxlmb_schema_visit(&cxlmb_mtest_long_entry_schema, &e, flags, v);
			if (v->elem_end)
				v->elem_end(v->ctx);
		}
		off += (size_t)size;
	}
	if (v && v->array_end)
		v->array_end(v->ctx);
	return off != len && !(flags & CXLMB_ALLOW_TRAILING) ? CXLMB_E_COUNT_MISMATCH : CXLMB_E_OK;
}

/* Get Log's printing decodes these into a CXLMB_LOG_VALUE_MAX scratch */
_Static_assert(sizeof(struct cxlmb_csd_log) <= CXLMB_LOG_VALUE_MAX, "CSD log value");
_Static_assert(sizeof(struct cxlmb_ecs_log) <= CXLMB_LOG_VALUE_MAX, "ECS log value");
_Static_assert(sizeof(struct cxlmb_mtest_cap_log) <= CXLMB_LOG_VALUE_MAX, "capability log value");
_Static_assert(sizeof(struct cxlmb_mtest_short_log) <= CXLMB_LOG_VALUE_MAX, "short log value");
_Static_assert(sizeof(struct cxlmb_mtest_long_hdr) <= CXLMB_LOG_VALUE_MAX, "long log header");

/* Table 8-83's identifiers, canonical string byte order */
static const struct {
	uint8_t uuid[16];
	const struct cxlmb_schema *s;
} logs[] = {
	{ { 0xb3, 0xfa, 0xb4, 0xcf, 0x01, 0xb6, 0x43, 0x32, 0x94, 0x3e, 0x5e, 0x99, 0x62, 0xf2, 0x35,
	    0x67 }, &cxlmb_csd_log_schema },
	{ { 0xf1, 0x72, 0x0d, 0x60, 0xa7, 0xa9, 0x43, 0x06, 0xa0, 0x03, 0x11, 0x94, 0x8f, 0x9e, 0x07,
	    0x7c }, &cxlmb_ecs_log_schema },
	{ { 0xe6, 0xdf, 0xa3, 0x2c, 0xd1, 0x3e, 0x4a, 0x5c, 0x8c, 0xa8, 0x99, 0xbe, 0xbb, 0xf7, 0x31,
	    0xa4 }, &cxlmb_mtest_cap_log_schema },
	{ { 0x2c, 0x25, 0x55, 0x22, 0x8c, 0xe4, 0x11, 0xec, 0xb9, 0x09, 0x02, 0x42, 0xac, 0x12, 0x00,
	    0x02 }, &cxlmb_mtest_short_log_schema },
	{ { 0xc1, 0xfe, 0x0b, 0x3e, 0x7a, 0x00, 0x44, 0x8e, 0xa2, 0x4e, 0xa6, 0xaa, 0xbb, 0xfe, 0x58,
	    0x7a }, &cxlmb_mtest_long_hdr_schema },
};

const struct cxlmb_schema *cxlmb_log_layout(const uint8_t uuid[16])
{
	if (!uuid)
		return NULL;
	if (cxlmb_memcmp(uuid, cxlmb_uuid_cel, 16) == 0)
		return &cxlmb_cel_entry_schema;
	for (size_t i = 0; i < CXLMB_ARRAY_SIZE(logs); i++)
		if (cxlmb_memcmp(logs[i].uuid, uuid, 16) == 0)
			return logs[i].s;
	return NULL;
}

#endif
