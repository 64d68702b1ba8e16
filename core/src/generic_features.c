/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Features 0500h-0502h and Maintenance 0600h (CXL r3.2 §8.2.10.6-7). */
#include "cxlmb/cmd_generic.h"

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
#define T struct cxlmb_get_sup_features_rsp
static const struct cxlmb_field cxlmb_get_sup_features_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 2),
	CXLMB_U(T, supported, 0x02, 2),
	CXLMB_RSVD(0x04, 4),
	CXLMB_ARRAY(T, entries, 0x08, 0, cxlmb_feature_entry_schema),
};
CXLMB_SCHEMA(cxlmb_get_sup_features_rsp_schema, T, 8, 0);
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

#define T struct cxlmb_feature_data
static const struct cxlmb_field cxlmb_feature_data_schema_fields[] = {
	CXLMB_TAIL(T, data, 0x00, 0),
};
CXLMB_SCHEMA(cxlmb_feature_data_schema, T, 0, 0);
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

/* Table 8-102: class-specific parameters follow class and subclass */
#define T struct cxlmb_perform_maintenance_req
static const struct cxlmb_field cxlmb_perform_maintenance_req_schema_fields[] = {
	CXLMB_U(T, op_class, 0x00, 1),
	CXLMB_U(T, op_subclass, 0x01, 1),
	CXLMB_TAIL(T, params, 0x02, 0),
};
CXLMB_SCHEMA(cxlmb_perform_maintenance_req_schema, T, 2, 0);
#undef T
