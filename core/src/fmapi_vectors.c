/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Vector excerpts, shared by the PBR switch and the GAE commands: LD-ST
 * access vectors (5714h/5715h, Tables 7-151 to 7-154) and the PID access
 * and interrupt vectors (5801h/5802h/5901h, Tables 7-159, 7-160, 7-163),
 * one answer shape over a vector of 200h or 400h bytes, each checked
 * against the request that asked for it. */
#include "cxlmb/cmd_fmapi.h"
#include "cxlmb/error.h"

/* left out of builds without the PBR_SWITCH, GAE and VCS_GAE sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_PBR_SWITCH) && defined(CXLMB_NO_SET_GAE) && defined(CXLMB_NO_SET_VCS_GAE))

/* Table 7-151 */
#define T struct cxlmb_lav_req
static const struct cxlmb_field cxlmb_lav_req_schema_fields[] = {
	CXLMB_U(T, start_byte, 0x00, 4),
	CXLMB_U(T, num_bytes, 0x04, 4),
};
CXLMB_SCHEMA(cxlmb_lav_req_schema, T, 8, 8);
#undef T

/* Table 7-154 */
#define T struct cxlmb_vcs_lav_req
static const struct cxlmb_field cxlmb_vcs_lav_req_schema_fields[] = {
	CXLMB_U(T, vcs_id, 0x00, 1),
	CXLMB_RSVD(0x01, 3),
	CXLMB_U(T, start_byte, 0x04, 4),
	CXLMB_U(T, num_bytes, 0x08, 4),
};
CXLMB_SCHEMA(cxlmb_vcs_lav_req_schema, T, 12, 12);
#undef T

/* the excerpt: never past the 200h-byte vector, never more than asked */
static int lav_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_lav_rsp *r = val;
	(void)flags;
	return r->num_bytes > CXLMB_LAV_BYTES ? CXLMB_E_OVERSIZE : CXLMB_E_OK;
}
/* the request asking for a vector excerpt: 5714h/5802h (8 bytes), 5801h
 * (9), 5715h/5901h (12) */
static int vector_req_bytes(const uint8_t *req, size_t req_len, unsigned flags, uint32_t *num)
{
	struct cxlmb_lav_req q;
	struct cxlmb_pid_irq_req p;
	struct cxlmb_vcs_lav_req v;
	int rc;

	flags &= ~CXLMB_ALLOW_TRAILING;
	if (req_len == 12) {
		rc = cxlmb_vcs_lav_req_decode(req, req_len, flags, &v);
		*num = v.num_bytes;
	} else if (req_len == 9) {
		rc = cxlmb_pid_irq_req_decode(req, req_len, flags, &p);
		*num = p.num_bytes;
	} else {
		rc = cxlmb_lav_req_decode(req, req_len, flags, &q);
		*num = q.num_bytes;
	}
	return rc;
}
static int lav_rsp_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	const struct cxlmb_lav_rsp *r = val;
	uint32_t asked;
	int rc;

	if (!req)
		return CXLMB_E_OK;
	rc = vector_req_bytes(req, req_len, flags, &asked);
	if (rc)
		return rc;
	return r->num_bytes > asked ? CXLMB_E_OVERSIZE : CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks lav_rsp_hooks = { lav_rsp_bind, lav_rsp_check };

/* Table 7-152 */
#define T struct cxlmb_lav_rsp
static const struct cxlmb_field cxlmb_lav_rsp_schema_fields[] = {
	CXLMB_U(T, num_bytes, 0x00, 4),
	CXLMB_ARRAY(T, data, 0x04, num_bytes, cxlmb_id8_schema),
};
CXLMB_SCHEMA_HOOKED(cxlmb_lav_rsp_schema, T, 4, 0, lav_rsp_hooks);
#undef T

/* Table 7-159 */
#define T struct cxlmb_pid_irq_req
static const struct cxlmb_field cxlmb_pid_irq_req_schema_fields[] = {
	CXLMB_U(T, start_byte, 0x00, 4),
	CXLMB_U(T, num_bytes, 0x04, 4),
	CXLMB_BIT(T, clear_on_read, 0x08, 1, 0),
	CXLMB_RSVD_BITS(0x08, 1, 0xFE),
};
CXLMB_SCHEMA(cxlmb_pid_irq_req_schema, T, 9, 9);
#undef T

/* Tables 7-160, 7-163: the same shape as 7-152, over a 200h- or 400h-byte vector */
static int pav_rsp_check(const void *val, unsigned flags)
{
	const struct cxlmb_lav_rsp *r = val;
	(void)flags;
	return r->num_bytes > CXLMB_PAV_BYTES ? CXLMB_E_OVERSIZE : CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks pav_rsp_hooks = { lav_rsp_bind, pav_rsp_check };
const struct cxlmb_schema cxlmb_pid_irq_rsp_schema = {
	.name = CXLMB_NAME_("cxlmb_pid_irq_rsp_schema"), .fields = cxlmb_lav_rsp_schema_fields,
	.hooks = &lav_rsp_hooks, .nfields = CXLMB_ARRAY_SIZE(cxlmb_lav_rsp_schema_fields),
	.st_size = sizeof(struct cxlmb_lav_rsp), .min_len = 4 };
const struct cxlmb_schema cxlmb_pav_rsp_schema = {
	.name = CXLMB_NAME_("cxlmb_pav_rsp_schema"), .fields = cxlmb_lav_rsp_schema_fields,
	.hooks = &pav_rsp_hooks, .nfields = CXLMB_ARRAY_SIZE(cxlmb_lav_rsp_schema_fields),
	.st_size = sizeof(struct cxlmb_lav_rsp), .min_len = 4 };

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
