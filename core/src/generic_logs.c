/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Logs: 0400h Get Supported Logs, 0401h Get Log, the Command Effects Log
 * (r3.2 §8.2.10.5). */
#include "cxlmb/cmd_generic.h"
#include "cxlmb/error.h"

/* left out of builds without the logs set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_LOGS))

/* 0da9c0b5-bf41-4b78-8f79-96b1623b3f17 */
const uint8_t cxlmb_uuid_cel[16] = {
	0x0d, 0xa9, 0xc0, 0xb5, 0xbf, 0x41, 0x4b, 0x78,
	0x8f, 0x79, 0x96, 0xb1, 0x62, 0x3b, 0x3f, 0x17,
};
/* 5e1819d9-11a9-400c-811f-d60719403d86 */
const uint8_t cxlmb_uuid_vendor_debug[16] = {
	0x5e, 0x18, 0x19, 0xd9, 0x11, 0xa9, 0x40, 0x0c,
	0x81, 0x1f, 0xd6, 0x07, 0x19, 0x40, 0x3d, 0x86,
};

#define T struct cxlmb_supported_log_entry
static const struct cxlmb_field cxlmb_supported_log_entry_schema_fields[] = {
	CXLMB_UUID(T, uuid, 0x00),
	CXLMB_U(T, size, 0x10, 4),
};
CXLMB_SCHEMA(cxlmb_supported_log_entry_schema, T, CXLMB_SUPPORTED_LOG_ENTRY_LEN,
	     CXLMB_SUPPORTED_LOG_ENTRY_LEN);
#undef T

#define T struct cxlmb_get_supported_logs_rsp
static const struct cxlmb_field cxlmb_get_supported_logs_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 2),
	CXLMB_RSVD(0x02, 6),
	CXLMB_ARRAY(T, entries, 0x08, count, cxlmb_supported_log_entry_schema),
};
CXLMB_SCHEMA(cxlmb_get_supported_logs_rsp_schema, T, CXLMB_GET_SUPPORTED_LOGS_RSP_MIN, 0);
#undef T

#define T struct cxlmb_get_log_req
static const struct cxlmb_field cxlmb_get_log_req_schema_fields[] = {
	CXLMB_UUID(T, uuid, 0x00),
	CXLMB_UF(T, offset, 0x10, 4, CXLMB_FF_HEX),
	CXLMB_UF(T, length, 0x14, 4, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_get_log_req_schema, T, CXLMB_GET_LOG_REQ_LEN, CXLMB_GET_LOG_REQ_LEN);
#undef T

/* 0401h output (r3.2 Table 8-85): at most the length the request asked; the
 * request's log and offset are kept, so that the CEL's data (Tables 8-86,
 * 8-87) decodes as entries when it starts on an entry */
static int get_log_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	struct cxlmb_get_log_rsp *r = val;
	struct cxlmb_get_log_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_log_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->data.len > q.length)
		return CXLMB_E_OVERSIZE;
	r->req_known = 1;
	cxlmb_memcpy(r->log_uuid, q.uuid, 16);
	r->req_offset = q.offset;
	r->req_length = q.length;
	return CXLMB_E_OK;
}

static bool cel_data(const struct cxlmb_get_log_rsp *r)
{
	return r->req_known && r->req_offset % CXLMB_CEL_ENTRY_LEN == 0 &&
	       cxlmb_memcmp(r->log_uuid, cxlmb_uuid_cel, 16) == 0;
}

/* Another log the specification lays out (generic_log_formats.c), read
 * from its start: its layout, or NULL */
static const struct cxlmb_schema *log_data(const struct cxlmb_get_log_rsp *r)
{
	const struct cxlmb_schema *s;

	if (!r->req_known || r->req_offset != 0 || cel_data(r))
		return NULL;
	s = cxlmb_log_layout(r->log_uuid);
	return s && r->data.len >= s->min_len ? s : NULL;
}

static int get_log_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_get_log_rsp *r = val;
	const struct cxlmb_schema *s = log_data(r);
	size_t len = r->data.len;
	uint32_t n;

	if (s) {
		int rc = s == &cxlmb_mtest_long_hdr_schema
				 ? cxlmb_mtest_long_log_walk(r->data.data, len, flags, NULL)
				 : cxlmb_schema_decode(s, r->data.data, len, flags, NULL);
		/* an answer as long as asked may be the first piece of a longer
		 * log: only a shorter one is known to be whole.  log_data()
		 * chose the layout for at least its fixed part, so a piece can
		 * only stop inside its entries (never TRUNCATED). */
		if (len == r->req_length && rc == CXLMB_E_COUNT_MISMATCH)
			return CXLMB_E_OK;
		return rc;
	}
	if (!cel_data(r))
		return CXLMB_E_OK;
	/* Length is any byte count (Table 8-84): a piece exactly as long as
	 * asked may end inside an entry (a CEL read in parts); a shorter answer
	 * is the log's end, which falls on an entry */
	if (len == r->req_length)
		len -= len % CXLMB_CEL_ENTRY_LEN;
	return cxlmb_cel_validate(r->data.data, len, flags, &n);
}
static const struct cxlmb_schema_hooks get_log_rsp_hooks = { get_log_rsp_bind, get_log_rsp_check };

static int get_log_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
			 const struct cxlmb_visitor *v)
{
	const struct cxlmb_get_log_rsp *r = val;
	const struct cxlmb_schema *s;
	uint32_t n;

	if (dir != CXLMB_RSP)
		return CXLMB_E_OK;
	if ((s = log_data(r)) != NULL) {
		uint64_t scratch[CXLMB_LOG_VALUE_MAX / 8]; /* fits each layout (static asserts) */
		if (s == &cxlmb_mtest_long_hdr_schema) {
			/* checked first, so that a piece prints nothing half-way */
			if (cxlmb_mtest_long_log_walk(r->data.data, r->data.len, flags & ~CXLMB_STRICT, NULL))
				return CXLMB_E_OK;
			return cxlmb_mtest_long_log_walk(r->data.data, r->data.len, flags & ~CXLMB_STRICT, v);
		}
		if (cxlmb_schema_decode(s, r->data.data, r->data.len, flags & ~CXLMB_STRICT, scratch))
			return CXLMB_E_OK; /* a piece: stays bytes */
		return cxlmb_schema_visit(s, scratch, flags, v);
	}
	if (!cel_data(r))
		return CXLMB_E_OK;
	n = r->data.len / CXLMB_CEL_ENTRY_LEN;
	if (v->array_begin)
		v->array_begin(v->ctx, "cel", n);
	for (uint32_t i = 0; i < n; i++) {
		struct cxlmb_cel_entry e;
		int rc = cxlmb_cel_entry_decode(r->data.data + (size_t)i * CXLMB_CEL_ENTRY_LEN,
						CXLMB_CEL_ENTRY_LEN, flags, &e);
		if (rc)
			return rc;
		if (v->elem_begin)
			v->elem_begin(v->ctx, i);
		cxlmb_schema_visit(&cxlmb_cel_entry_schema, &e, flags, v);
		if (v->elem_end)
			v->elem_end(v->ctx);
	}
	if (v->array_end)
		v->array_end(v->ctx);
	return CXLMB_E_OK;
}
const struct cxlmb_cmd_hooks cxlmb_get_log_hooks = { get_log_visit };

#define T struct cxlmb_get_log_rsp
static const struct cxlmb_field cxlmb_get_log_rsp_schema_fields[] = {
	CXLMB_TAIL(T, data, 0x00, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_log_rsp_schema, T, 0, 0, get_log_rsp_hooks);
#undef T

#define T struct cxlmb_cel_entry
static const struct cxlmb_field cxlmb_cel_entry_schema_fields[] = {
	CXLMB_UF(T, opcode, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_BITS(T, effects, 0x02, 2, 0, 12),
	CXLMB_RSVD_BITS(0x02, 2, CXLMB_EFF_RESERVED_MASK),
};
CXLMB_SCHEMA(cxlmb_cel_entry_schema, T, CXLMB_CEL_ENTRY_LEN, CXLMB_CEL_ENTRY_LEN);
#undef T

/* 0402h-0404h input: a log UUID */
#define T struct cxlmb_log_uuid_req
static const struct cxlmb_field cxlmb_log_uuid_req_schema_fields[] = {
	CXLMB_UUID(T, uuid, 0x00),
};
CXLMB_SCHEMA(cxlmb_log_uuid_req_schema, T, 0x10, 0x10);
#undef T

/* Table 8-77 */
#define T struct cxlmb_get_log_caps_rsp
static const struct cxlmb_field cxlmb_get_log_caps_rsp_schema_fields[] = {
	CXLMB_BIT(T, clear_supported, 0x00, 4, 0),
	CXLMB_BIT(T, populate_supported, 0x00, 4, 1),
	CXLMB_BIT(T, auto_populate_supported, 0x00, 4, 2),
	CXLMB_BIT(T, persistent_across_cold_reset, 0x00, 4, 3),
	CXLMB_RSVD_BITS(0x00, 4, 0xFFFFFFF0u),
};
CXLMB_SCHEMA(cxlmb_get_log_caps_rsp_schema, T, 4, 4);
#undef T

/* Tables 8-81, 8-82 */
#define T struct cxlmb_get_sup_logs_sublist_req
static const struct cxlmb_field cxlmb_get_sup_logs_sublist_req_schema_fields[] = {
	CXLMB_U(T, max_entries, 0x00, 1),
	CXLMB_U(T, start_index, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_get_sup_logs_sublist_req_schema, T, 2, 2);
#undef T

/* get_sup_logs_sublist_rsp: what the request asked bounds the answer */
static int get_sup_logs_sublist_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_get_sup_logs_sublist_rsp *r = val;
	struct cxlmb_get_sup_logs_sublist_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_sup_logs_sublist_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->count > q.max_entries)
		return CXLMB_E_OVERSIZE;
	return r->start_index == q.start_index ? CXLMB_E_OK : CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks get_sup_logs_sublist_rsp_hooks = { get_sup_logs_sublist_rsp_bind, NULL };

#define T struct cxlmb_get_sup_logs_sublist_rsp
static const struct cxlmb_field cxlmb_get_sup_logs_sublist_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, total, 0x02, 2),
	CXLMB_U(T, start_index, 0x04, 1),
	CXLMB_RSVD(0x05, 3),
	CXLMB_ARRAY(T, entries, 0x08, count, cxlmb_supported_log_entry_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_sup_logs_sublist_rsp_schema, T, 8, 0, get_sup_logs_sublist_rsp_hooks);
#undef T

int cxlmb_cel_validate(const uint8_t *log, size_t len, unsigned flags, uint32_t *count)
{
	if ((!log && len) || !count)
		return CXLMB_E_INVALID_ARG;
	if (len % CXLMB_CEL_ENTRY_LEN)
		return CXLMB_E_COUNT_MISMATCH;
	for (size_t i = 0; i < len; i += CXLMB_CEL_ENTRY_LEN) {
		int rc = cxlmb_schema_decode(&cxlmb_cel_entry_schema, log + i, CXLMB_CEL_ENTRY_LEN,
					     flags, NULL);
		if (rc)
			return rc;
	}
	*count = (uint32_t)(len / CXLMB_CEL_ENTRY_LEN);
	return CXLMB_E_OK;
}

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
