/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Global Access Endpoint commands 5800h-580Bh and their management 5900h-5904h
 * (CXL r3.2 §7.7.13.24 on, Tables 7-156 to 7-187); the LD-ST layouts 5805h/5807h/5808h
 * share with 570Eh/5710h/5711h stay in fmapi_pbr.c. */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"
#include "fmapi_internal.h"

/* left out of builds without the GAE and VCS_GAE sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_GAE) && defined(CXLMB_NO_SET_VCS_GAE))

#define VPL0(T, off, mask)                                                                       \
	CXLMB_BIT(T, egress_vpl0, off, 1, 0), CXLMB_BIT(T, ingress_vpl0, off, 1, 1),             \
		CXLMB_RSVD_BITS(off, 1, mask)

/* Table 7-156 */
#define T struct cxlmb_gae_identify_req
static const struct cxlmb_field cxlmb_gae_identify_req_schema_fields[] = {
	CXLMB_U(T, start_vppb, 0x00, 1),
	CXLMB_U(T, num_vppbs, 0x01, 1),
};
CXLMB_SCHEMA(cxlmb_gae_identify_req_schema, T, 2, 2);
#undef T

/* Table 7-182 */
#define T struct cxlmb_vcs_gae_identify_req
static const struct cxlmb_field cxlmb_vcs_gae_identify_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_U(T, start_vppb, 0x01, 1),
	CXLMB_U(T, num_vppbs, 0x02, 1),
};
CXLMB_SCHEMA(cxlmb_vcs_gae_identify_req_schema, T, 3, 3);
#undef T

/* Table 7-158 */
#define T struct cxlmb_gae_vppb_info
static const struct cxlmb_field cxlmb_gae_vppb_info_schema_fields[] = {
	CXLMB_U(T, num_fast_segments, 0x00, 2),
	CXLMB_RSVD(0x02, 2),
};
CXLMB_SCHEMA(cxlmb_gae_vppb_info_schema, T, 4, 4);
#undef T

/* the vPPBs asked (5800h: 2 bytes, 5900h: 3), from the start asked */
static int gae_identify_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_gae_identify_rsp *r = val;
	struct cxlmb_gae_identify_req q;
	struct cxlmb_vcs_gae_identify_req v;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	flags &= ~CXLMB_ALLOW_TRAILING;
	if (req_len == 3) {
		rc = cxlmb_vcs_gae_identify_req_decode(req, req_len, flags, &v);
		q.start_vppb = v.start_vppb;
		q.num_vppbs = v.num_vppbs;
	} else {
		rc = cxlmb_gae_identify_req_decode(req, req_len, flags, &q);
	}
	if (rc)
		return rc;
	if (r->num_vppbs > q.num_vppbs)
		return CXLMB_E_OVERSIZE;
	return r->start_vppb == q.start_vppb ? CXLMB_E_OK : CXLMB_E_TAG_MISMATCH;
}
static const struct cxlmb_schema_hooks gae_identify_rsp_hooks = { gae_identify_rsp_bind, NULL };

/* Table 7-157 */
#define T struct cxlmb_gae_identify_rsp
static const struct cxlmb_field cxlmb_gae_identify_rsp_schema_fields[] = {
	CXLMB_BITS(T, max_enabled_pids, 0x00, 2, 0, 12),
	CXLMB_BIT(T, egress_vpl0, 0x00, 2, 12),
	CXLMB_BIT(T, ingress_vpl0, 0x00, 2, 13),
	CXLMB_BIT(T, gim_config, 0x00, 2, 14),
	CXLMB_RSVD_BITS(0x00, 2, 0x8000),
	CXLMB_U(T, total_threads, 0x02, 2),
	CXLMB_U(T, avail_threads, 0x04, 2),
	CXLMB_U(T, start_vppb, 0x06, 1),
	CXLMB_U(T, num_vppbs, 0x07, 1),
	CXLMB_ARRAY(T, vppbs, 0x08, num_vppbs, cxlmb_gae_vppb_info_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_gae_identify_rsp_schema, T, 8, 0, gae_identify_rsp_hooks);
#undef T

/* Table 7-165 */
#define T struct cxlmb_fast_caps_req
static const struct cxlmb_field cxlmb_fast_caps_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
};
CXLMB_SCHEMA(cxlmb_fast_caps_req_schema, T, 4, 4);
#undef T

/* "The number of entries must be 0 or a power of 2" */
static int fast_caps_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_fast_caps_rsp *r = val;
	if ((flags & CXLMB_STRICT) && (r->num_segments & (r->num_segments - 1u)))
		return CXLMB_E_VALUE_RANGE;
	return CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks fast_caps_rsp_hooks = { NULL, fast_caps_rsp_check };

/* Tables 7-166, 7-167 */
#define T struct cxlmb_fast_caps_rsp
static const struct cxlmb_field cxlmb_fast_caps_rsp_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_U(T, num_segments, 0x01, 2),
	CXLMB_BITS(T, seg_size, 0x03, 1, 0, 3),
	CXLMB_RSVD_BITS(0x03, 1, 0xF8),
	CXLMB_U(T, num_idt, 0x04, 2),
	CXLMB_U(T, pid_list_len, 0x06, 1),
	VPL0(T, 0x07, 0xFC),
	CXLMB_RSVD(0x08, 2),
	CXLMB_UF(T, fabric_base, 0x0A, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, fabric_limit, 0x12, 8, CXLMB_FF_HEX),
	CXLMB_ARRAY(T, pids, 0x1A, pid_list_len, cxlmb_pid16_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_fast_caps_rsp_schema, T, 0x1A, 0, fast_caps_rsp_hooks);
#undef T

/* Table 7-168 */
#define T struct cxlmb_fast_config_req
static const struct cxlmb_field cxlmb_fast_config_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_BITS(T, seg_size, 0x01, 1, 0, 3),
	CXLMB_RSVD_BITS(0x01, 1, 0xF8),
	VPL0(T, 0x02, 0xFC),
	CXLMB_RSVD(0x03, 1),
	CXLMB_UF(T, fabric_base, 0x04, 8, CXLMB_FF_HEX),
	CXLMB_UF(T, fabric_limit, 0x0C, 8, CXLMB_FF_HEX),
};
CXLMB_SCHEMA(cxlmb_fast_config_req_schema, T, 0x14, 0x14);
#undef T

/* Table 7-171 */
#define T struct cxlmb_fast_segment
static const struct cxlmb_field cxlmb_fast_segment_schema_fields[] = {
	CXLMB_BIT(T, valid, 0x00, 1, 0),
	CXLMB_BIT(T, gim, 0x00, 1, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_BITS(T, intlv, 0x01, 1, 0, 4),
	CXLMB_RSVD_BITS(0x01, 1, 0xF0),
	CXLMB_BITS(T, gran, 0x02, 1, 0, 4),
	CXLMB_RSVD_BITS(0x02, 1, 0xF0),
	CXLMB_RSVD(0x03, 1),
	PID(T, dpid_ix, 0x04),
	CXLMB_RSVD(0x06, 2),
};
CXLMB_SCHEMA(cxlmb_fast_segment_schema, T, 8, 8);
#undef T

static int fast_segments_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_fast_segments_rsp *r = val;
	return cxlmb_fm_range_bind(req, req_len, flags, r->count, r->start_index);
}
static const struct cxlmb_schema_hooks fast_segments_rsp_hooks = { fast_segments_rsp_bind, NULL };

/* Table 7-170 */
#define T struct cxlmb_fast_segments_rsp
static const struct cxlmb_field cxlmb_fast_segments_rsp_schema_fields[] = {
	CXLMB_U(T, count, 0x00, 2),
	CXLMB_U(T, start_index, 0x02, 2),
	CXLMB_ARRAY(T, segments, 0x04, count, cxlmb_fast_segment_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_fast_segments_rsp_schema, T, 4, 0, fast_segments_rsp_hooks);
#undef T

/* Table 7-172 */
#define T struct cxlmb_fast_segments_req
static const struct cxlmb_field cxlmb_fast_segments_req_schema_fields[] = {
	CXLMB_U(T, vppb_instance, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, count, 0x02, 2),
	CXLMB_U(T, start_index, 0x04, 2),
	CXLMB_ARRAY(T, segments, 0x06, count, cxlmb_fast_segment_schema),
};
CXLMB_SCHEMA(cxlmb_fast_segments_req_schema, T, 6, 0);
#undef T

/* Table 7-176 */
#define T struct cxlmb_proxy_gfd_req
static const struct cxlmb_field cxlmb_proxy_gfd_req_schema_fields[] = {
	PID(T, pid, 0x00),
	CXLMB_UF(T, req_addr, 0x02, 8, CXLMB_FF_HEX),
	CXLMB_U(T, req_size, 0x0A, 2),
	CXLMB_UF(T, rsp_addr, 0x0C, 8, CXLMB_FF_HEX),
	CXLMB_U(T, max_rsp_size, 0x14, 2),
};
CXLMB_SCHEMA(cxlmb_proxy_gfd_req_schema, T, 0x16, 0x16);
#undef T

/* Table 7-177 */
#define T struct cxlmb_proxy_gfd_rsp
static const struct cxlmb_field cxlmb_proxy_gfd_rsp_schema_fields[] = {
	CXLMB_BITS(T, seq, 0x00, 1, 0, 3),
	CXLMB_RSVD_BITS(0x00, 1, 0xF8),
	CXLMB_U(T, avail_threads, 0x01, 2),
};
CXLMB_SCHEMA(cxlmb_proxy_gfd_rsp_schema, T, 3, 3);
#undef T

/* Tables 7-178, 7-180 */
#define T struct cxlmb_proxy_thread_req
static const struct cxlmb_field cxlmb_proxy_thread_req_schema_fields[] = {
	CXLMB_BITSF(T, pid, 0x00, 2, 0, 12, CXLMB_FF_HEX),
	CXLMB_BITS(T, seq, 0x00, 2, 12, 3),
	CXLMB_RSVD_BITS(0x00, 2, 0x8000),
};
CXLMB_SCHEMA(cxlmb_proxy_thread_req_schema, T, 2, 2);
#undef T

/* Table 7-179 */
#define T struct cxlmb_proxy_thread_status_rsp
static const struct cxlmb_field cxlmb_proxy_thread_status_rsp_schema_fields[] = {
	CXLMB_BIT(T, in_progress, 0x00, 1, 0),
	CXLMB_RSVD_BITS(0x00, 1, 0xFE),
	CXLMB_RSVD(0x01, 1),
	CXLMB_U(T, avail_threads, 0x02, 2),
};
CXLMB_SCHEMA(cxlmb_proxy_thread_status_rsp_schema, T, 4, 4);
#undef T

/* Table 7-181 */
#define T struct cxlmb_threads_rsp
static const struct cxlmb_field cxlmb_threads_rsp_schema_fields[] = {
	CXLMB_U(T, avail_threads, 0x00, 2),
};
CXLMB_SCHEMA(cxlmb_threads_rsp_schema, T, 2, 2);
#undef T

/* the latency and bandwidth fields are reserved when access is disabled */
static int vcs_pid_access_check(const void *val, unsigned flags)
{
	const struct cxlmb_vcs_pid_access_req *q = val;
	if ((flags & CXLMB_STRICT) && (q->operation == 1 || q->operation == 3) &&
	    (q->latency_base || q->latency || q->bw_base || q->bw))
		return CXLMB_E_RESERVED_SET;
	return CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks vcs_pid_access_hooks = { NULL, vcs_pid_access_check };

/* Table 7-184 */
#define T struct cxlmb_vcs_pid_access_req
static const struct cxlmb_field cxlmb_vcs_pid_access_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	CXLMB_BITSF(T, pid, 0x02, 2, 0, 12, CXLMB_FF_HEX),
	CXLMB_BITS_E(T, operation, 0x02, 2, 12, 3, 4),
	CXLMB_RSVD_BITS(0x02, 2, 0x8000),
	CXLMB_U(T, latency_base, 0x04, 8),
	CXLMB_U(T, latency, 0x0C, 2),
	CXLMB_U(T, bw_base, 0x0E, 8),
	CXLMB_U(T, bw, 0x16, 2),
};
CXLMB_SCHEMA_HOOKED(cxlmb_vcs_pid_access_req_schema, T, 0x18, 0x18, vcs_pid_access_hooks);
#undef T

/* Table 7-186 */
#define T struct cxlmb_vpl0_state
static const struct cxlmb_field cxlmb_vpl0_state_schema_fields[] = {
	VPL0(T, 0x00, 0xFC),
};
CXLMB_SCHEMA(cxlmb_vpl0_state_schema, T, 1, 1);
#undef T

/* Table 7-187 */
#define T struct cxlmb_set_vpl0_req
static const struct cxlmb_field cxlmb_set_vpl0_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_RSVD(0x01, 1),
	VPL0(T, 0x02, 0xFC),
};
CXLMB_SCHEMA(cxlmb_set_vpl0_req_schema, T, 3, 3);
#undef T
#undef VPL0
#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
