/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Media and Poison Management 4300h-4305h (CXL r3.2 §8.2.10.9.4). */
#include "cxlmb/cmd_memdev.h"
#include "cxlmb/error.h"

/* left out of builds without the POISON, SANITIZE sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_POISON) && defined(CXLMB_NO_SET_SANITIZE))

/* DPAs are 64-byte aligned: bits 5:0 are reserved */
#define T struct cxlmb_dpa_range
static const struct cxlmb_field cxlmb_dpa_range_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_U(T, length, 0x08, 8),
};
CXLMB_SCHEMA(cxlmb_dpa_range_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_media_error_record
static const struct cxlmb_field cxlmb_media_error_record_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x38),
	CXLMB_FLD_("source", CXLMB_F_UINT, 0x00, 8, T, source, 0, 3, CXLMB_FF_ENUM_MASK, 0x8F),
	CXLMB_U(T, length, 0x08, 4),
	CXLMB_RSVD(0x0C, 4),
};
CXLMB_SCHEMA(cxlmb_media_error_record_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_get_poison_list_rsp
static const struct cxlmb_field cxlmb_get_poison_list_rsp_schema_fields[] = {
	CXLMB_BIT(T, more_records, 0x00, 1, 0),
	CXLMB_BIT(T, overflow, 0x00, 1, 1),
	CXLMB_BIT(T, scan_in_progress, 0x00, 1, 2),
	CXLMB_RSVD_BITS(0x00, 1, 0xF8),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, overflow_ts, 0x02, 8),
	CXLMB_U(T, count, 0x0A, 2),
	CXLMB_RSVD(0x0C, 0x14),
	CXLMB_ARRAY(T, records, 0x20, count, cxlmb_media_error_record_schema),
};
CXLMB_SCHEMA(cxlmb_get_poison_list_rsp_schema, T, 0x20, 0);
#undef T

#define T struct cxlmb_inject_poison_req
static const struct cxlmb_field cxlmb_inject_poison_req_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
};
CXLMB_SCHEMA(cxlmb_inject_poison_req_schema, T, 8, 8);
#undef T

#define T struct cxlmb_clear_poison_req
static const struct cxlmb_field cxlmb_clear_poison_req_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_BYTES(T, write_data, 0x08, 64),
};
CXLMB_SCHEMA(cxlmb_clear_poison_req_schema, T, 0x48, 0x48);
#undef T

#define T struct cxlmb_scan_media_caps_rsp
static const struct cxlmb_field cxlmb_scan_media_caps_rsp_schema_fields[] = {
	CXLMB_U(T, estimated_scan_time_ms, 0x00, 4),
};
CXLMB_SCHEMA(cxlmb_scan_media_caps_rsp_schema, T, 4, 4);
#undef T

#define T struct cxlmb_scan_media_req
static const struct cxlmb_field cxlmb_scan_media_req_schema_fields[] = {
	CXLMB_ADDR(T, dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_U(T, length, 0x08, 8),
	CXLMB_BIT(T, no_event_log, 0x10, 1, 0),
	CXLMB_RSVD_BITS(0x10, 1, 0xFE),
};
CXLMB_SCHEMA(cxlmb_scan_media_req_schema, T, 0x11, 0x11);
#undef T

#define T struct cxlmb_scan_media_results_rsp
static const struct cxlmb_field cxlmb_scan_media_results_rsp_schema_fields[] = {
	CXLMB_ADDR(T, restart_dpa, 0x00, 8, 6, 58),
	CXLMB_RSVD_BITS(0x00, 8, 0x3F),
	CXLMB_U(T, restart_length, 0x08, 8),
	CXLMB_UF(T, flags, 0x10, 1, CXLMB_FF_HEX),
	CXLMB_RSVD(0x11, 1),
	CXLMB_U(T, count, 0x12, 2),
	CXLMB_RSVD(0x14, 0x0C),
	CXLMB_ARRAY(T, records, 0x20, count, cxlmb_media_error_record_schema),
};
CXLMB_SCHEMA(cxlmb_scan_media_results_rsp_schema, T, 0x20, 0);
#undef T

/* 4402h Media Operations header (§8.2.10.9.5.3, r3.2 Tables 8-162 to 8-164;
 * r3.1 Tables 8-147 to 8-149 are the same).  The range count is tied
 * to the bytes present: discovery (class 0) carries no ranges and a 4-byte
 * argument (start index, count); every other class carries range_count
 * 16-byte {DPA, length} ranges. */
/* r3.2 Table 8-165 (r3.1 Table 8-150) */
#define T struct cxlmb_media_ops_discovery_args
static const struct cxlmb_field cxlmb_media_ops_discovery_args_schema_fields[] = {
	CXLMB_U(T, start_index, 0x00, 2),
	CXLMB_U(T, num_ops, 0x02, 2),
};
CXLMB_SCHEMA(cxlmb_media_ops_discovery_args_schema, T, 4, 4);
#undef T

static int media_ops_check(const void *val, unsigned flags)
{
	const struct cxlmb_media_ops_req *q = val;

	if (q->op_class == 0)
		return q->range_count == 0 && q->args.len == 4 ? CXLMB_E_OK : CXLMB_E_COUNT_MISMATCH;
	if ((uint64_t)q->range_count * 16u != q->args.len)
		return CXLMB_E_COUNT_MISMATCH;
	/* each range as its layout says (64-byte aligned DPA) */
	for (uint32_t i = 0; i < q->range_count; i++) {
		int rc = cxlmb_dpa_range_decode(q->args.data + (size_t)i * 16u, 16, flags, NULL);
		if (rc)
			return rc;
	}
	return CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks media_ops_hooks = { NULL, media_ops_check };

#define T struct cxlmb_media_ops_req
static const struct cxlmb_field cxlmb_media_ops_req_schema_fields[] = {
	CXLMB_U(T, op_class, 0x00, 1),
	CXLMB_U(T, op_subclass, 0x01, 1),
	CXLMB_RSVD(0x02, 2),
	CXLMB_U(T, range_count, 0x04, 4),
	CXLMB_TAIL(T, args, 0x08, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_media_ops_req_schema, T, 8, 0, media_ops_hooks);
#undef T

/* r3.2 Tables 8-166, 8-167 (r3.1 8-151, 8-152) */
#define T struct cxlmb_media_op_entry
static const struct cxlmb_field cxlmb_media_op_entry_schema_fields[] = {
	CXLMB_U(T, op_class, 0x00, 1),
	CXLMB_U(T, op_subclass, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_media_op_entry_schema, T, 2, 2);
#undef T

/* r3.2 Table 8-166 (r3.1 8-151, the same): the granularity "must be a power
 * of 2 and a multiple of 40h" */
static int media_ops_discovery_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_media_ops_discovery_rsp *d = val;

	if ((flags & CXLMB_STRICT) &&
	    (d->granularity < 0x40 || (d->granularity & (d->granularity - 1))))
		return CXLMB_E_VALUE_RANGE;
	return CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks media_ops_discovery_rsp_hooks = {
	NULL, media_ops_discovery_rsp_check };

#define T struct cxlmb_media_ops_discovery_rsp
static const struct cxlmb_field cxlmb_media_ops_discovery_rsp_schema_fields[] = {
	CXLMB_UF(T, granularity, 0x00, 8, CXLMB_FF_HEX),
	CXLMB_U(T, total_ops, 0x08, 2),
	CXLMB_U(T, ops_returned, 0x0A, 2),
	CXLMB_ARRAY(T, ops, 0x0C, ops_returned, cxlmb_media_op_entry_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_media_ops_discovery_rsp_schema, T, 0x0C, 0,
		    media_ops_discovery_rsp_hooks);
#undef T

/* The answer to a discovery is the discovery layout, with at most the
 * operations asked for; other classes' answers stay bytes. */
static int media_ops_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	struct cxlmb_media_ops_rsp *r = val;
	struct cxlmb_media_ops_req q;
	struct cxlmb_media_ops_discovery_args a;
	struct cxlmb_media_ops_discovery_rsp d;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_media_ops_req_decode(req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	r->req_known = 1;
	r->req_op_class = q.op_class;
	if (q.op_class != 0)
		return CXLMB_E_OK;
	/* cannot fail: the request's check made the argument its 4 bytes */
	(void)cxlmb_media_ops_discovery_args_decode(q.args.data, q.args.len, flags, &a);
	r->req_num_ops = a.num_ops;
	rc = cxlmb_media_ops_discovery_rsp_decode(r->data.data, r->data.len, flags, &d);
	if (rc)
		return rc;
	return d.ops_returned <= a.num_ops ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks media_ops_rsp_hooks = { media_ops_rsp_bind, NULL };

#define T struct cxlmb_media_ops_rsp
static const struct cxlmb_field cxlmb_media_ops_rsp_schema_fields[] = {
	CXLMB_TAIL(T, data, 0x00, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_media_ops_rsp_schema, T, 0, 0, media_ops_rsp_hooks);
#undef T

/* Printing: the request's discovery arguments or ranges, the discovery
 * answer's operations. */
static int media_ops_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
			   const struct cxlmb_visitor *v)
{
	if (dir == CXLMB_REQ) {
		const struct cxlmb_media_ops_req *q = val;
		if (q->op_class == 0) {
			struct cxlmb_media_ops_discovery_args a;
			if (cxlmb_media_ops_discovery_args_decode(q->args.data, q->args.len, flags, &a) ==
			    CXLMB_E_OK)
				cxlmb_schema_visit(&cxlmb_media_ops_discovery_args_schema, &a, flags, v);
			return CXLMB_E_OK;
		}
		if (v->array_begin)
			v->array_begin(v->ctx, "ranges", q->range_count);
		for (uint32_t i = 0; i < q->range_count && (size_t)(i + 1) * 16u <= q->args.len; i++) {
			struct cxlmb_dpa_range d;
			if (cxlmb_dpa_range_decode(q->args.data + (size_t)i * 16u, 16, flags, &d))
				break;
			if (v->elem_begin)
				v->elem_begin(v->ctx, i);
			cxlmb_schema_visit(&cxlmb_dpa_range_schema, &d, flags, v);
			if (v->elem_end)
				v->elem_end(v->ctx);
		}
		if (v->array_end)
			v->array_end(v->ctx);
		return CXLMB_E_OK;
	}
	const struct cxlmb_media_ops_rsp *r = val;
	struct cxlmb_media_ops_discovery_rsp d;
	if (!r->req_known || r->req_op_class != 0 ||
	    cxlmb_media_ops_discovery_rsp_decode(r->data.data, r->data.len, flags, &d))
		return CXLMB_E_OK;
	return cxlmb_schema_visit(&cxlmb_media_ops_discovery_rsp_schema, &d, flags, v);
}
const struct cxlmb_cmd_hooks cxlmb_media_ops_hooks = { media_ops_visit };

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
