/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Event record types (CXL r3.2 §8.2.10.2.1.1-5).  Offsets below are from
 * the start of the type-specific area (record offset 30h). */
#include "cxlmb/cmd_events.h"
#include "cxlmb/error.h"

/* left out of builds without the events set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_EVENTS))

static const uint8_t uuid_gm[16] = { 0xfb, 0xcd, 0x0a, 0x77, 0xc2, 0x60, 0x41, 0x7f,
				     0x85, 0xa9, 0x08, 0x8b, 0x16, 0x21, 0xeb, 0xa6 };
static const uint8_t uuid_dram[16] = { 0x60, 0x1d, 0xcb, 0xb3, 0x9c, 0x06, 0x4e, 0xab,
				       0xb8, 0xaf, 0x4e, 0x9b, 0xfb, 0x5c, 0x96, 0x24 };
static const uint8_t uuid_mm[16] = { 0xfe, 0x92, 0x74, 0x75, 0xdd, 0x59, 0x43, 0x39,
				     0xa5, 0x86, 0x79, 0xba, 0xb1, 0x13, 0xb7, 0x74 };
static const uint8_t uuid_sparing[16] = { 0xe7, 0x1f, 0x3a, 0x40, 0x2d, 0x29, 0x40, 0x92,
					  0x8a, 0x39, 0x4d, 0x1c, 0x96, 0x6c, 0x7c, 0x65 };
static const uint8_t uuid_dc[16] = { 0xca, 0x95, 0xaf, 0xa7, 0xf1, 0x83, 0x40, 0x18,
				     0x8c, 0x2f, 0x95, 0x26, 0x8e, 0x10, 0x1a, 0x2a };

/* General Media: 30h DPA, 38h descriptor, 39h type, 3Ah transaction, 3Bh
 * validity, 3Dh channel, 3Eh rank, 3Fh device, 42h component ID, 52h CME
 * flags, 53h CME count, 56h sub-type (r3.2) */
#define T struct cxlmb_evt_general_media
static const struct cxlmb_field cxlmb_evt_general_media_schema_fields[] = {
	CXLMB_UF(T, dpa, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, descriptor, 0x08, 1, CXLMB_FF_HEX),
	CXLMB_U(T, type, 0x09, 1),
	CXLMB_U(T, transaction, 0x0A, 1),
	CXLMB_UF(T, validity, 0x0B, 2, CXLMB_FF_HEX),
	CXLMB_U(T, channel, 0x0D, 1),
	CXLMB_U(T, rank, 0x0E, 1),
	CXLMB_U(T, device, 0x0F, 3),
	CXLMB_BYTES(T, component_id, 0x12, 16),
	CXLMB_UF(T, cme_flags, 0x22, 1, CXLMB_FF_HEX),
	CXLMB_U(T, cme_count, 0x23, 3),
	CXLMB_U(T, sub_type, 0x26, 1),
	CXLMB_RSVD(0x27, 0x29),
};
CXLMB_SCHEMA(cxlmb_evt_general_media_schema, T, 0x50, 0x50);
#undef T

/* DRAM: 30h DPA .. 3Eh rank, 3Fh nibble mask, 42h bank group, 43h bank,
 * 44h row, 47h column, 49h correction mask */
#define T struct cxlmb_evt_dram
static const struct cxlmb_field cxlmb_evt_dram_schema_fields[] = {
	CXLMB_UF(T, dpa, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, descriptor, 0x08, 1, CXLMB_FF_HEX),
	CXLMB_U(T, type, 0x09, 1),
	CXLMB_U(T, transaction, 0x0A, 1),
	CXLMB_UF(T, validity, 0x0B, 2, CXLMB_FF_HEX),
	CXLMB_U(T, channel, 0x0D, 1),
	CXLMB_U(T, rank, 0x0E, 1),
	CXLMB_UF(T, nibble_mask, 0x0F, 3, CXLMB_FF_HEX),
	CXLMB_U(T, bank_group, 0x12, 1),
	CXLMB_U(T, bank, 0x13, 1),
	CXLMB_U(T, row, 0x14, 3),
	CXLMB_U(T, column, 0x17, 2),
	CXLMB_BYTES(T, correction_mask, 0x19, 32),
	CXLMB_RSVD(0x39, 0x17),
};
CXLMB_SCHEMA(cxlmb_evt_dram_schema, T, 0x50, 0x50);
#undef T

/* Memory Module: 30h event type, 31h health information as Get Health Info */
#define T struct cxlmb_evt_memory_module
static const struct cxlmb_field cxlmb_evt_memory_module_schema_fields[] = {
	CXLMB_U(T, event_type, 0x00, 1),
	CXLMB_UF(T, health_status, 0x01, 1, CXLMB_FF_HEX),
	CXLMB_U(T, media_status, 0x02, 1),
	CXLMB_UF(T, additional_status, 0x03, 1, CXLMB_FF_HEX),
	CXLMB_U(T, life_used, 0x04, 1),
	CXLMB_S(T, temperature, 0x05, 2),
	CXLMB_U(T, dirty_shutdowns, 0x07, 4),
	CXLMB_U(T, corrected_volatile_errors, 0x0B, 4),
	CXLMB_U(T, corrected_persistent_errors, 0x0F, 4),
	CXLMB_RSVD(0x13, 0x3D),
};
CXLMB_SCHEMA(cxlmb_evt_memory_module_schema, T, 0x50, 0x50);
#undef T

/* Dynamic Capacity: 30h type, 31h validity, 32h host ID, 34h region index,
 * 35h flags, 38h extent (28h), 78h extents available, 7Ch tags available */
#define T struct cxlmb_evt_dynamic_capacity
static const struct cxlmb_field cxlmb_evt_dynamic_capacity_schema_fields[] = {
	CXLMB_E(T, event_type, 0x00, 1, 5),
	CXLMB_UF(T, validity, 0x01, 1, CXLMB_FF_HEX),
	CXLMB_U(T, host_id, 0x02, 2),
	CXLMB_U(T, region_index, 0x04, 1),
	CXLMB_BIT(T, more, 0x05, 1, 0),
	CXLMB_RSVD_BITS(0x05, 1, 0xFE),
	CXLMB_RSVD(0x06, 2),
	CXLMB_UF(T, start_dpa, 0x08, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, length, 0x10, 8, CXLMB_FF_HEX),
	CXLMB_UUID(T, tag, 0x18),
	CXLMB_U(T, shared_seq, 0x28, 2),
	CXLMB_RSVD(0x2A, 0x1E),
	CXLMB_U(T, extents_available, 0x48, 4),
	CXLMB_U(T, tags_available, 0x4C, 4),
};
CXLMB_SCHEMA(cxlmb_evt_dynamic_capacity_schema, T, 0x50, 0x50);
#undef T

static const struct {
	const uint8_t *uuid;
	uint8_t type;
	const struct cxlmb_schema *schema;
} event_types[] = {
	{ uuid_gm, CXLMB_EVT_GENERAL_MEDIA, &cxlmb_evt_general_media_schema },
	{ uuid_dram, CXLMB_EVT_DRAM, &cxlmb_evt_dram_schema },
	{ uuid_mm, CXLMB_EVT_MEMORY_MODULE, &cxlmb_evt_memory_module_schema },
	{ uuid_sparing, CXLMB_EVT_MEMORY_SPARING, NULL },
	{ uuid_dc, CXLMB_EVT_DYNAMIC_CAPACITY, &cxlmb_evt_dynamic_capacity_schema },
};

static const struct cxlmb_schema *type_schema(const uint8_t *uuid, uint8_t *type)
{
	for (size_t i = 0; i < CXLMB_ARRAY_SIZE(event_types); i++) {
		if (cxlmb_memcmp(uuid, event_types[i].uuid, 16) == 0) {
			*type = event_types[i].type;
			return event_types[i].schema;
		}
	}
	*type = CXLMB_EVT_UNKNOWN;
	return NULL;
}

const uint8_t *cxlmb_event_type_uuid(unsigned type)
{
	for (size_t i = 0; i < CXLMB_ARRAY_SIZE(event_types); i++)
		if (event_types[i].type == type)
			return event_types[i].uuid;
	return NULL;
}

int cxlmb_event_record_decode(const uint8_t *rec, size_t len, unsigned flags,
			      struct cxlmb_event_record *out)
{
	const struct cxlmb_schema *s;
	int rc;

	if (!out)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(out, 0, sizeof(*out));
	rc = cxlmb_event_record_hdr_decode(rec, len, flags, &out->hdr);
	if (rc)
		return rc;
	/* the record's own length byte must describe this 80h-byte record */
	if ((flags & CXLMB_STRICT) && out->hdr.length != CXLMB_EVENT_RECORD_LEN)
		return CXLMB_E_BAD_LENGTH;
	s = type_schema(out->hdr.uuid, &out->type);
	if (!s)
		return CXLMB_E_OK;
	return cxlmb_schema_decode(s, out->hdr.data, sizeof(out->hdr.data), flags, &out->u);
}

int cxlmb_event_record_encode(const struct cxlmb_event_record *r, uint8_t *buf, size_t cap,
			      size_t *out_len)
{
	struct cxlmb_event_record_hdr h;
	const struct cxlmb_schema *s;
	uint8_t type;
	size_t n;
	int rc;

	if (!r)
		return CXLMB_E_INVALID_ARG;
	h = r->hdr;
	s = type_schema(h.uuid, &type);
	/* the record type is the UUID's: one that disagrees is not encoded */
	if (r->type != type)
		return CXLMB_E_INVALID_ARG;
	if (s) {
		rc = cxlmb_schema_encode(s, &r->u, h.data, sizeof(h.data), &n);
		if (rc)
			return rc;
	}
	return cxlmb_event_record_hdr_encode(&h, buf, cap, out_len);
}

/* Every record decodes as the type its UUID names. */
static int records_check(const void *val, unsigned flags)
{
	const struct cxlmb_get_event_records_rsp *r = val;
	struct cxlmb_event_record rec;

	for (uint32_t i = 0; i < r->records.count; i++) {
		int rc = cxlmb_event_record_decode(r->records.data + (size_t)i * CXLMB_EVENT_RECORD_LEN,
						   CXLMB_EVENT_RECORD_LEN, flags, &rec);
		if (rc)
			return rc;
	}
	return CXLMB_E_OK;
}

static int records_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
			 const struct cxlmb_visitor *v)
{
	const struct cxlmb_get_event_records_rsp *r = val;
	struct cxlmb_event_record rec;

	if (dir != CXLMB_RSP)
		return CXLMB_E_OK;
	if (v->array_begin)
		v->array_begin(v->ctx, "typed_records", r->records.count);
	for (uint32_t i = 0; i < r->records.count; i++) {
		const struct cxlmb_schema *s;
		uint8_t type;
		/* cannot fail: leniently an 80h-byte record always decodes */
		(void)cxlmb_event_record_decode(r->records.data + (size_t)i * CXLMB_EVENT_RECORD_LEN,
						CXLMB_EVENT_RECORD_LEN, flags & ~CXLMB_STRICT, &rec);
		if (v->elem_begin)
			v->elem_begin(v->ctx, i);
		if (v->uint)
			v->uint(v->ctx, "record_type", rec.type, 0);
		s = type_schema(rec.hdr.uuid, &type);
		if (s)
			cxlmb_schema_visit(s, &rec.u, flags, v);
		if (v->elem_end)
			v->elem_end(v->ctx);
	}
	if (v->array_end)
		v->array_end(v->ctx);
	return CXLMB_E_OK;
}

const struct cxlmb_cmd_hooks cxlmb_get_event_records_hooks = { records_visit };
const struct cxlmb_schema_hooks cxlmb_event_records_rsp_hooks = { NULL, records_check };

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
