/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Features 0500h-0502h and Maintenance 0600h (CXL r3.2 §8.2.10.6-7). */
#include "cxlmb/cmd_generic.h"
#include "cxlmb/error.h"

/* left out of builds without the FEATURES, MAINTENANCE sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_FEATURES) && defined(CXLMB_NO_SET_MAINTENANCE))

/* Table 8-95 */
#define T struct cxlmb_get_sup_features_req
static const struct cxlmb_field cxlmb_get_sup_features_req_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 4),
	CXLMB_U(T, start_index, 0x04, 2),
	CXLMB_RSVD(0x06, 2),
};
CXLMB_SCHEMA(cxlmb_get_sup_features_req_schema, T, 8, 8);
#undef T

/* Table 8-97 Supported Feature Entry */
#define T struct cxlmb_feature_entry
static const struct cxlmb_field cxlmb_feature_entry_schema_fields[] = {
	CXLMB_UUID(T, uuid, 0x00),
	CXLMB_U(T, index, 0x10, 2),
	CXLMB_U(T, get_size, 0x12, 2),
	CXLMB_U(T, set_size, 0x14, 2),
	CXLMB_UF(T, attr_flags, 0x16, 4, CXLMB_FF_HEX),
	CXLMB_U(T, get_version, 0x1A, 1),
	CXLMB_U(T, set_version, 0x1B, 1),
	CXLMB_UF(T, set_effects, 0x1C, 2, CXLMB_FF_HEX),
	CXLMB_RSVD(0x1E, 0x12),
};
CXLMB_SCHEMA(cxlmb_feature_entry_schema, T, 0x30, 0x30);
#undef T

/* Table 8-96 */
/* get_sup_features_rsp: what the request asked bounds the answer */
static int get_sup_features_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_get_sup_features_rsp *r = val;
	struct cxlmb_get_sup_features_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_sup_features_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	/* Count is the bytes of output wanted, header included */
	return 8u + (uint64_t)r->entries.count * cxlmb_feature_entry_schema.entry_size <= q.count
		       ? CXLMB_E_OK
		       : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks get_sup_features_rsp_hooks = { get_sup_features_rsp_bind, NULL };

#define T struct cxlmb_get_sup_features_rsp
static const struct cxlmb_field cxlmb_get_sup_features_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 2),
	CXLMB_U(T, supported, 0x02, 2),
	CXLMB_RSVD(0x04, 4),
	CXLMB_ARRAY(T, entries, 0x08, count, cxlmb_feature_entry_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_get_sup_features_rsp_schema, T, 8, 0, get_sup_features_rsp_hooks);
#undef T

/* Table 8-98 */
#define T struct cxlmb_get_feature_req
static const struct cxlmb_field cxlmb_get_feature_req_schema_fields[] = {
	CXLMB_UUID(T, uuid, 0x00),
	CXLMB_U(T, offset, 0x10, 2),
	CXLMB_U(T, count, 0x12, 2),
	CXLMB_E(T, selection, 0x14, 1, 2),
};
CXLMB_SCHEMA(cxlmb_get_feature_req_schema, T, 0x15, 0x15);
#undef T

/* Maintenance feature attributes (r3.2 Tables 8-126, 8-128, 8-129, 8-134,
 * 8-135): op capabilities / op mode bit 0, 15:1 reserved */
#define COMMON_HEAD(T)                                                                         \
	CXLMB_UF(T, max_latency, 0x00, 1, CXLMB_FF_HEX),                                        \
	CXLMB_BIT(T, device_initiated_cap, 0x01, 2, 0), CXLMB_RSVD_BITS(0x01, 2, 0xFFFE),       \
	CXLMB_BIT(T, device_initiated, 0x03, 2, 0), CXLMB_RSVD_BITS(0x03, 2, 0xFFFE),           \
	CXLMB_U(T, op_class, 0x05, 1), CXLMB_U(T, op_subclass, 0x06, 1)

#define T struct cxlmb_ppr_feature_rd
static const struct cxlmb_field cxlmb_ppr_feature_rd_schema_fields[] = {
	COMMON_HEAD(T),
	CXLMB_RSVD(0x07, 9),
	CXLMB_BIT(T, dpa_support, 0x10, 1, 0),
	CXLMB_BIT(T, nibble_support, 0x10, 1, 1),
	CXLMB_BIT(T, sparing_event_cap, 0x10, 1, 2),
	CXLMB_BIT(T, boot_initiated_cap, 0x10, 1, 3),
	CXLMB_RSVD_BITS(0x10, 1, 0xF0),
	CXLMB_BIT(T, media_not_accessible, 0x11, 2, 0),
	CXLMB_BIT(T, data_not_retained, 0x11, 2, 2),
	CXLMB_RSVD_BITS(0x11, 2, 0xFFFA),
	CXLMB_BIT(T, sparing_event_enable, 0x13, 1, 0),
	CXLMB_BIT(T, boot_initiated, 0x13, 1, 1),
	CXLMB_RSVD_BITS(0x13, 1, 0xFC),
};
CXLMB_SCHEMA(cxlmb_ppr_feature_rd_schema, T, 0x14, 0x14);
#undef T

#define T struct cxlmb_ppr_feature_wr
static const struct cxlmb_field cxlmb_ppr_feature_wr_schema_fields[] = {
	CXLMB_BIT(T, device_initiated, 0x00, 2, 0),
	CXLMB_RSVD_BITS(0x00, 2, 0xFFFE),
	CXLMB_BIT(T, sparing_event_enable, 0x02, 1, 0),
	CXLMB_BIT(T, boot_initiated, 0x02, 1, 1),
	CXLMB_RSVD_BITS(0x02, 1, 0xFC),
};
CXLMB_SCHEMA(cxlmb_ppr_feature_wr_schema, T, 3, 3);
#undef T

#define T struct cxlmb_sparing_feature_rd
static const struct cxlmb_field cxlmb_sparing_feature_rd_schema_fields[] = {
	COMMON_HEAD(T),
	CXLMB_RSVD(0x07, 0x0A),
	CXLMB_BIT(T, side_effects, 0x11, 2, 0),
	CXLMB_BIT(T, hard_sparing_cap, 0x11, 2, 1),
	CXLMB_BIT(T, soft_sparing_cap, 0x11, 2, 2),
	CXLMB_RSVD_BITS(0x11, 2, 0xFFF8),
};
CXLMB_SCHEMA(cxlmb_sparing_feature_rd_schema, T, 0x13, 0x13);
#undef T

#define T struct cxlmb_sparing_feature_wr
static const struct cxlmb_field cxlmb_sparing_feature_wr_schema_fields[] = {
	CXLMB_BIT(T, device_initiated, 0x00, 2, 0),
	CXLMB_RSVD_BITS(0x00, 2, 0xFFFE),
};
CXLMB_SCHEMA(cxlmb_sparing_feature_wr_schema, T, 2, 2);
#undef T
#undef COMMON_HEAD

/* r3.2 Table 8-222 */
#define T struct cxlmb_scrub_feature_rd
static const struct cxlmb_field cxlmb_scrub_feature_rd_schema_fields[] = {
	CXLMB_BIT(T, cycle_change_capable, 0x00, 1, 0),
	CXLMB_BIT(T, realtime_capable, 0x00, 1, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_BITSF(T, cycle_hours, 0x01, 2, 0, 8, CXLMB_FF_NONZERO),
	CXLMB_BITSF(T, min_cycle_hours, 0x01, 2, 8, 8, CXLMB_FF_NONZERO),
	CXLMB_BIT(T, enabled, 0x03, 1, 0),
	CXLMB_RSVD_BITS(0x03, 1, 0xFE),
};
CXLMB_SCHEMA(cxlmb_scrub_feature_rd_schema, T, 4, 4);
#undef T

/* r3.2 Table 8-223 */
#define T struct cxlmb_scrub_feature_wr
static const struct cxlmb_field cxlmb_scrub_feature_wr_schema_fields[] = {
	CXLMB_U(T, cycle_hours, 0x00, 1),
	CXLMB_BIT(T, enable, 0x01, 1, 0),
	CXLMB_RSVD_BITS(0x01, 1, 0xFE),
};
CXLMB_SCHEMA(cxlmb_scrub_feature_wr_schema, T, 2, 2);
#undef T

/* DDR5 ECS Control (r3.2 §8.2.10.9.11.2; text read: a later revision's
 * Tables 8-392, 8-393): no count field, the FRU list fills the payload
 * (Get/Set Feature Size n*4+1, n*2+1).  Threshold encodings 3-5 only. */
#define ECS_THRESHOLDS ((1u << 3) | (1u << 4) | (1u << 5))
#define T struct cxlmb_ecs_fru_rd
static const struct cxlmb_field cxlmb_ecs_fru_rd_schema_fields[] = {
	CXLMB_BIT(T, realtime_capable, 0x00, 1, 0),
	CXLMB_RSVD_BITS(0x00, 1, 0xFE),
	CXLMB_FLD_("threshold", CXLMB_F_UINT, 0x01, 2, T, threshold, 0, 3, CXLMB_FF_ENUM_MASK,
		   ECS_THRESHOLDS),
	CXLMB_BIT(T, codeword_mode, 0x01, 2, 3),
	CXLMB_RSVD_BITS(0x01, 2, 0xFFF0),
	CXLMB_RSVD(0x03, 1), /* ECS flags: all reserved */
};
CXLMB_SCHEMA(cxlmb_ecs_fru_rd_schema, T, 4, 4);
#undef T

#define T struct cxlmb_ecs_feature_rd
static const struct cxlmb_field cxlmb_ecs_feature_rd_schema_fields[] = {
	CXLMB_BITS_E(T, log_entry_type, 0x00, 1, 0, 2, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_ARRAY_REST(T, frus, 0x01, cxlmb_ecs_fru_rd_schema),
};
CXLMB_SCHEMA(cxlmb_ecs_feature_rd_schema, T, 1, 0);
#undef T

#define T struct cxlmb_ecs_fru_wr
static const struct cxlmb_field cxlmb_ecs_fru_wr_schema_fields[] = {
	CXLMB_FLD_("threshold", CXLMB_F_UINT, 0x00, 2, T, threshold, 0, 3, CXLMB_FF_ENUM_MASK,
		   ECS_THRESHOLDS),
	CXLMB_BIT(T, codeword_mode, 0x00, 2, 3),
	CXLMB_BIT(T, reset_counter, 0x00, 2, 4),
	CXLMB_RSVD_BITS(0x00, 2, 0xFFE0),
};
CXLMB_SCHEMA(cxlmb_ecs_fru_wr_schema, T, 2, 2);
#undef T

#define T struct cxlmb_ecs_feature_wr
static const struct cxlmb_field cxlmb_ecs_feature_wr_schema_fields[] = {
	CXLMB_BITS_E(T, log_entry_type, 0x00, 1, 0, 2, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_ARRAY_REST(T, frus, 0x01, cxlmb_ecs_fru_wr_schema),
};
CXLMB_SCHEMA(cxlmb_ecs_feature_wr_schema, T, 1, 0);
#undef T
#undef ECS_THRESHOLDS

/* Metabits Storage (r3.2 §8.2.10.6.4, Tables 8-114 to 8-116): Get Feature
 * Size 3, Set Feature Size 1 */
#define T struct cxlmb_metabits_feature_rd
static const struct cxlmb_field cxlmb_metabits_feature_rd_schema_fields[] = {
	CXLMB_BITSF(T, caps, 0x00, 2, 0, 8, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x00, 2, 0xFF00),
	CXLMB_BITS(T, config, 0x02, 1, 0, 3),
	CXLMB_RSVD_BITS(0x02, 1, 0xF8),
};
CXLMB_SCHEMA(cxlmb_metabits_feature_rd_schema, T, 3, 3);
#undef T

#define T struct cxlmb_metabits_feature_wr
static const struct cxlmb_field cxlmb_metabits_feature_wr_schema_fields[] = {
	CXLMB_BITS(T, config, 0x00, 1, 0, 3),
	CXLMB_RSVD_BITS(0x00, 1, 0xF8),
};
CXLMB_SCHEMA(cxlmb_metabits_feature_wr_schema, T, 1, 1);
#undef T

/* r3.2 Tables 8-125 and 8-221, canonical string byte order.  hPPR's
 * attributes (Tables 8-131, 8-132) have sPPR's layout. */
static const struct {
	uint8_t uuid[16];
	const struct cxlmb_schema *rd, *wr;
} features[] = {
	{ { 0x89, 0x2b, 0xa4, 0x75, 0xfa, 0xd8, 0x47, 0x4e, 0x9d, 0x3e, 0x69, 0x2c, 0x91, 0x75, 0x68,
	    0xbb }, &cxlmb_ppr_feature_rd_schema, &cxlmb_ppr_feature_wr_schema }, /* sPPR */
	{ { 0x80, 0xea, 0x45, 0x21, 0x78, 0x6f, 0x41, 0x27, 0xaf, 0xb1, 0xec, 0x74, 0x59, 0xfb, 0x0e,
	    0x24 }, &cxlmb_ppr_feature_rd_schema, &cxlmb_ppr_feature_wr_schema }, /* hPPR */
	{ { 0x96, 0xc3, 0x33, 0x86, 0x91, 0xdd, 0x44, 0xc7, 0x9e, 0xcb, 0xfd, 0xaf, 0x65, 0x03, 0xba,
	    0xc4 }, &cxlmb_sparing_feature_rd_schema, &cxlmb_sparing_feature_wr_schema }, /* cacheline */
	{ { 0x45, 0x0e, 0xbf, 0x67, 0xb1, 0x35, 0x4f, 0x97, 0xa4, 0x98, 0xc2, 0xd5, 0x7f, 0x27, 0x9b,
	    0xed }, &cxlmb_sparing_feature_rd_schema, &cxlmb_sparing_feature_wr_schema }, /* row */
	{ { 0x78, 0xb7, 0x96, 0x36, 0x90, 0xac, 0x4b, 0x64, 0xa4, 0xef, 0xfa, 0xac, 0x5d, 0x18, 0xa8,
	    0x63 }, &cxlmb_sparing_feature_rd_schema, &cxlmb_sparing_feature_wr_schema }, /* bank */
	{ { 0x34, 0xdb, 0xaf, 0xf5, 0x05, 0x52, 0x42, 0x81, 0x8f, 0x76, 0xda, 0x0b, 0x5e, 0x7a, 0x76,
	    0xa7 }, &cxlmb_sparing_feature_rd_schema, &cxlmb_sparing_feature_wr_schema }, /* rank */
	{ { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b, 0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb,
	    0x8a }, &cxlmb_scrub_feature_rd_schema, &cxlmb_scrub_feature_wr_schema }, /* patrol scrub (8-221) */
	{ { 0xe5, 0xb1, 0x3f, 0x22, 0x23, 0x28, 0x4a, 0x14, 0xb8, 0xba, 0xb9, 0x69, 0x1e, 0x89, 0x33,
	    0x86 }, &cxlmb_ecs_feature_rd_schema, &cxlmb_ecs_feature_wr_schema }, /* DDR5 ECS */
	{ { 0x35, 0x68, 0xda, 0x82, 0xe6, 0x9c, 0x45, 0x18, 0x95, 0xa2, 0x44, 0x6f, 0xe3, 0x4e, 0xa8,
	    0x65 }, &cxlmb_metabits_feature_rd_schema, &cxlmb_metabits_feature_wr_schema }, /* metabits */
};

const struct cxlmb_schema *cxlmb_feature_layout(const uint8_t uuid[16], bool writable)
{
	if (!uuid)
		return NULL;
	for (size_t i = 0; i < CXLMB_ARRAY_SIZE(features); i++)
		if (cxlmb_memcmp(features[i].uuid, uuid, 16) == 0)
			return writable ? features[i].wr : features[i].rd;
	return NULL;
}

/* A known feature's attributes, when the bytes are all of them from the
 * start (a partial transfer stays bytes) */
static const struct cxlmb_schema *whole_attrs(const uint8_t uuid[16], uint32_t offset,
					      uint32_t len, bool writable)
{
	const struct cxlmb_schema *s = cxlmb_feature_layout(uuid, writable);
	/* a list sized by the payload (DDR5 ECS): any length from its shortest */
	bool whole = s && (s->max_len ? len == s->max_len : len >= s->min_len);
	return whole && offset == 0 ? s : NULL;
}

/* the attributes' values fit the printing scratch below */
#define FITS(T) _Static_assert(sizeof(T) <= CXLMB_FEATURE_VALUE_MAX, #T)
FITS(struct cxlmb_ppr_feature_rd);
FITS(struct cxlmb_ppr_feature_wr);
FITS(struct cxlmb_sparing_feature_rd);
FITS(struct cxlmb_sparing_feature_wr);
FITS(struct cxlmb_scrub_feature_rd);
FITS(struct cxlmb_scrub_feature_wr);
FITS(struct cxlmb_ecs_feature_rd);
FITS(struct cxlmb_ecs_feature_wr);
FITS(struct cxlmb_metabits_feature_rd);
FITS(struct cxlmb_metabits_feature_wr);
#undef FITS

static int visit_attrs(const struct cxlmb_schema *s, const uint8_t *p, size_t n, unsigned flags,
		       const struct cxlmb_visitor *v)
{
	uint64_t scratch[CXLMB_FEATURE_VALUE_MAX / 8];

	if (!s || cxlmb_schema_decode(s, p, n, flags & ~CXLMB_STRICT, scratch))
		return CXLMB_E_OK;
	return cxlmb_schema_visit(s, scratch, flags, v);
}

/* 0501h output (Table 8-112): at most the count asked; the request's feature
 * and offset are kept for the attributes' layout */
static int feature_data_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	struct cxlmb_feature_data *r = val;
	struct cxlmb_get_feature_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_feature_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	if (r->data.len > q.count)
		return CXLMB_E_OVERSIZE;
	r->req_known = 1;
	cxlmb_memcpy(r->uuid, q.uuid, 16);
	r->req_offset = q.offset;
	return CXLMB_E_OK;
}

static int feature_data_check(const void *val, unsigned flags)
{
	const struct cxlmb_feature_data *r = val;
	const struct cxlmb_schema *s;

	if (!r->req_known || !(s = whole_attrs(r->uuid, r->req_offset, r->data.len, false)))
		return CXLMB_E_OK;
	return cxlmb_schema_decode(s, r->data.data, r->data.len, flags, NULL);
}
static const struct cxlmb_schema_hooks feature_data_hooks = { feature_data_bind, feature_data_check };

#define T struct cxlmb_feature_data
static const struct cxlmb_field cxlmb_feature_data_schema_fields[] = {
	CXLMB_TAIL(T, data, 0x00, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_feature_data_schema, T, 0, 0, feature_data_hooks);
#undef T

static int get_feature_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
			     const struct cxlmb_visitor *v)
{
	const struct cxlmb_feature_data *r = val;

	if (dir != CXLMB_RSP || !r->req_known)
		return CXLMB_E_OK;
	return visit_attrs(whole_attrs(r->uuid, r->req_offset, r->data.len, false), r->data.data,
			   r->data.len, flags, v);
}
const struct cxlmb_cmd_hooks cxlmb_get_feature_hooks = { get_feature_visit };

static int set_feature_check(const void *val, unsigned flags);
static const struct cxlmb_schema_hooks set_feature_hooks;

/* Table 8-100 */
#define T struct cxlmb_set_feature_req
static const struct cxlmb_field cxlmb_set_feature_req_schema_fields[] = {
	CXLMB_UUID(T, uuid, 0x00),
	CXLMB_BITS_E(T, transfer, 0x10, 4, 0, 3, 4),
	CXLMB_BIT(T, saved_across_reset, 0x10, 4, 3),
	CXLMB_RSVD_BITS(0x10, 4, 0xFFFFFFF0u),
	CXLMB_U(T, offset, 0x14, 2),
	CXLMB_U(T, version, 0x16, 1),
	CXLMB_RSVD(0x17, 9),
	CXLMB_TAIL(T, data, 0x20, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_set_feature_req_schema, T, 0x20, 0, set_feature_hooks);
#undef T

/* a full transfer (action 0) of a known feature's writable attributes */
static const struct cxlmb_schema *set_attrs(const struct cxlmb_set_feature_req *q)
{
	return q->transfer == 0 ? whole_attrs(q->uuid, q->offset, q->data.len, true) : NULL;
}

static int set_feature_check(const void *val, unsigned flags)
{
	const struct cxlmb_set_feature_req *q = val;
	const struct cxlmb_schema *s = set_attrs(q);

	return s ? cxlmb_schema_decode(s, q->data.data, q->data.len, flags, NULL) : CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks set_feature_hooks = { NULL, set_feature_check };

static int set_feature_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
			     const struct cxlmb_visitor *v)
{
	const struct cxlmb_set_feature_req *q = val;

	/* only ever the request: Set Feature answers with no payload, and
	 * cxlmb_cmd_visit calls a row's hook only for a side with a layout */
	(void)dir;
	return visit_attrs(set_attrs(q), q->data.data, q->data.len, flags, v);
}
const struct cxlmb_cmd_hooks cxlmb_set_feature_hooks = { set_feature_visit };

/* r3.2 Table 8-118/8-119 (PPR) from byte 02h */
#define T struct cxlmb_ppr_maint_params
static const struct cxlmb_field cxlmb_ppr_maint_params_schema_fields[] = {
	CXLMB_BIT(T, query_resources, 0x00, 1, 0),
	CXLMB_RSVD_BITS(0x00, 1, 0xFE),
	CXLMB_UF(T, dpa, 0x01, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, nibble_mask, 0x09, 3, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_ppr_maint_params_schema, T, 0x0C, 0x0C);
#undef T

/* r3.2 Table 8-120 (memory sparing) from byte 02h */
#define T struct cxlmb_sparing_maint_params
static const struct cxlmb_field cxlmb_sparing_maint_params_schema_fields[] = {
	CXLMB_BIT(T, query_resources, 0x00, 1, 0),
	CXLMB_BIT(T, hard_sparing, 0x00, 1, 1),
	CXLMB_BIT(T, sub_channel_valid, 0x00, 1, 2),
	CXLMB_BIT(T, nibble_mask_valid, 0x00, 1, 3),
	CXLMB_RSVD_BITS(0x00, 1, 0xF0),
	CXLMB_U(T, channel, 0x01, 1),
	CXLMB_U(T, rank, 0x02, 1),
	CXLMB_UF(T, nibble_mask, 0x03, 3, CXLMB_FF_HEX),
	CXLMB_U(T, bank_group, 0x06, 1),
	CXLMB_U(T, bank, 0x07, 1),
	CXLMB_U(T, row, 0x08, 3),
	CXLMB_U(T, column, 0x0B, 2),
	CXLMB_U(T, sub_channel, 0x0D, 1),
};
CXLMB_SCHEMA(cxlmb_sparing_maint_params_schema, T, 0x0E, 0x0E);
#undef T

/* r3.2 Table 8-124 */
#define T struct cxlmb_media_test_entry
static const struct cxlmb_field cxlmb_media_test_entry_schema_fields[] = {
	CXLMB_UF(T, test_id, 0x00, 2, CXLMB_FF_HEX),
	CXLMB_U(T, iterations, 0x02, 1),
	CXLMB_BIT(T, inverse_pattern, 0x03, 2, 0),
	CXLMB_BIT(T, exit_on_ue, 0x03, 2, 1),
	CXLMB_BIT(T, threshold_programmed, 0x03, 2, 2),
	CXLMB_BITS_E(T, addressing_mode, 0x03, 2, 4, 4, 3),
	CXLMB_BIT(T, update_poison, 0x03, 2, 8),
	CXLMB_RSVD_BITS(0x03, 2, 0xFE08),
	CXLMB_E(T, pattern_type, 0x05, 2, 5),
	CXLMB_UF(T, pattern_value, 0x07, 1, CXLMB_FF_HEX),
	CXLMB_UF(T, vendor, 0x08, 2, CXLMB_FF_HEX),
	CXLMB_UF(T, prbs_seed, 0x0A, 4, CXLMB_FF_HEX),
	CXLMB_U(T, error_threshold, 0x0E, 2),
	CXLMB_RSVD(0x10, 0x10),
};
CXLMB_SCHEMA(cxlmb_media_test_entry_schema, T, 0x20, 0x20);
#undef T

/* Table 8-123: the tested range is a multiple of 64 bytes */
static int media_test_check(const void *val, unsigned flags)
{
	const struct cxlmb_media_test_params *p = val;
	return (flags & CXLMB_STRICT) && p->length % 64 ? CXLMB_E_VALUE_RANGE : CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks media_test_hooks = { NULL, media_test_check };

/* r3.2 Tables 8-121 (from byte 02h), 8-122, 8-123 */
#define T struct cxlmb_media_test_params
static const struct cxlmb_field cxlmb_media_test_params_schema_fields[] = {
	CXLMB_E(T, action, 0x00, 1, 4),
	CXLMB_U(T, offset, 0x01, 4),
	CXLMB_RSVD(0x05, 1),
	CXLMB_U(T, count, 0x06, 1),
	CXLMB_UF(T, start_dpa, 0x07, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, length, 0x0F, 8, CXLMB_FF_HEX),
	CXLMB_BIT(T, single_signature, 0x17, 1, 0),
	CXLMB_RSVD_BITS(0x17, 1, 0xFE),
	CXLMB_BITS(T, ecc_disable, 0x18, 1, 0, 2),
	CXLMB_RSVD_BITS(0x18, 1, 0xFC),
	CXLMB_RSVD(0x19, 0x0D),
	CXLMB_ARRAY(T, tests, 0x26, count, cxlmb_media_test_entry_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_media_test_params_schema, T, 0x26, 0, media_test_hooks);
#undef T

#define T struct cxlmb_media_test_part
static const struct cxlmb_field cxlmb_media_test_part_schema_fields[] = {
	CXLMB_E(T, action, 0x00, 1, 4),
	CXLMB_U(T, offset, 0x01, 4),
	CXLMB_RSVD(0x05, 1),
	CXLMB_TAIL(T, data, 0x06, 0),
};
CXLMB_SCHEMA(cxlmb_media_test_part_schema, T, 6, 0);
#undef T

/* the parameters' values fit the printing scratch of
 * perform_maintenance_visit() */
#define MAINT_VALUE_MAX 128u
_Static_assert(sizeof(struct cxlmb_ppr_maint_params) <= MAINT_VALUE_MAX, "PPR parameters");
_Static_assert(sizeof(struct cxlmb_sparing_maint_params) <= MAINT_VALUE_MAX, "sparing parameters");
_Static_assert(sizeof(struct cxlmb_media_test_params) <= MAINT_VALUE_MAX, "media test parameters");
_Static_assert(sizeof(struct cxlmb_media_test_part) <= MAINT_VALUE_MAX, "media test part");

/* The parameters' layout by class: PPR (01h, subclasses 0-1) and memory
 * sparing (02h, subclasses 0-3); other classes' stay bytes. */
static const struct cxlmb_schema *maint_params(const struct cxlmb_perform_maintenance_req *q,
					       bool *bad_subclass)
{
	*bad_subclass = false;
	if (q->op_class == 1) {
		*bad_subclass = q->op_subclass > 1;
		return &cxlmb_ppr_maint_params_schema;
	}
	if (q->op_class == 2) {
		*bad_subclass = q->op_subclass > 3;
		return &cxlmb_sparing_maint_params_schema;
	}
	/* Device Built-in Test (Table 8-121): 00h media test, 01h-BFh
	 * reserved, C0h-FFh vendor tests (bytes); the action says whether the
	 * whole parameter set is present */
	if (q->op_class == 3 && q->op_subclass < 0xC0) {
		*bad_subclass = q->op_subclass != 0;
		return q->params.len && q->params.data[0] != 0 ? &cxlmb_media_test_part_schema
							       : &cxlmb_media_test_params_schema;
	}
	return NULL;
}

static int perform_maintenance_check(const void *val, unsigned flags)
{
	const struct cxlmb_perform_maintenance_req *q = val;
	bool bad;
	const struct cxlmb_schema *s = maint_params(q, &bad);

	if (!s)
		return CXLMB_E_OK;
	if (bad && (flags & CXLMB_STRICT))
		return CXLMB_E_BAD_ENUM;
	return cxlmb_schema_decode(s, q->params.data, q->params.len, flags & ~CXLMB_ALLOW_TRAILING,
				   NULL);
}
static const struct cxlmb_schema_hooks perform_maintenance_hooks = { NULL,
								      perform_maintenance_check };

static int perform_maintenance_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
				     const struct cxlmb_visitor *v)
{
	const struct cxlmb_perform_maintenance_req *q = val;
	uint64_t scratch[MAINT_VALUE_MAX / 8];
	bool bad;
	const struct cxlmb_schema *s;

	if (dir != CXLMB_REQ || !(s = maint_params(q, &bad)) ||
	    cxlmb_schema_decode(s, q->params.data, q->params.len, flags & ~CXLMB_STRICT, scratch))
		return CXLMB_E_OK;
	return cxlmb_schema_visit(s, scratch, flags, v);
}
const struct cxlmb_cmd_hooks cxlmb_perform_maintenance_hooks = { perform_maintenance_visit };

/* r3.2 Table 8-117: class-specific parameters follow class and subclass */
#define T struct cxlmb_perform_maintenance_req
static const struct cxlmb_field cxlmb_perform_maintenance_req_schema_fields[] = {
	CXLMB_U(T, op_class, 0x00, 1),
	CXLMB_U(T, op_subclass, 0x01, 1),
	CXLMB_TAIL(T, params, 0x02, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_perform_maintenance_req_schema, T, 2, 0, perform_maintenance_hooks);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
