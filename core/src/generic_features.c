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

/* feature_data: what the request asked bounds the answer */
static int feature_data_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_feature_data *r = val;
	struct cxlmb_get_feature_req q;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = cxlmb_schema_decode(&cxlmb_get_feature_req_schema, req, req_len, flags & ~CXLMB_ALLOW_TRAILING, &q);
	if (rc)
		return rc;
	return r->data.len <= q.count ? CXLMB_E_OK : CXLMB_E_OVERSIZE;
}
static const struct cxlmb_schema_hooks feature_data_hooks = { feature_data_bind, NULL };

#define T struct cxlmb_feature_data
static const struct cxlmb_field cxlmb_feature_data_schema_fields[] = {
	CXLMB_TAIL(T, data, 0x00, 0),
};
CXLMB_SCHEMA_HOOKED(cxlmb_feature_data_schema, T, 0, 0, feature_data_hooks);
#undef T

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
CXLMB_SCHEMA(cxlmb_set_feature_req_schema, T, 0x20, 0);
#undef T

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
	uint64_t scratch[8];
	bool bad;
	const struct cxlmb_schema *s;

	if (dir != CXLMB_REQ || !(s = maint_params(q, &bad)) || s->st_size > sizeof(scratch) ||
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
