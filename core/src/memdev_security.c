/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Data-at-rest Security 4500h-4505h, Security Passthrough 4600h-4601h and
 * SLD QoS Telemetry 4700h-4702h (CXL r3.2 §8.2.10.9.6-8). */
#include "cxlmb/cmd_memdev.h"

/* left out of builds without the SECURITY, SEC_PASSTHROUGH, SLD_QOS sets (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_SECURITY) && defined(CXLMB_NO_SET_SEC_PASSTHROUGH) && defined(CXLMB_NO_SET_SLD_QOS))

#define T struct cxlmb_security_state_rsp
static const struct cxlmb_field cxlmb_security_state_rsp_schema_fields[] = {
	CXLMB_BIT(T, user_pass_set, 0x00, 4, 0),
	CXLMB_BIT(T, master_pass_set, 0x00, 4, 1),
	CXLMB_BIT(T, locked, 0x00, 4, 2),
	CXLMB_BIT(T, frozen, 0x00, 4, 3),
	CXLMB_BIT(T, user_attempts_exceeded, 0x00, 4, 4),
	CXLMB_BIT(T, master_attempts_exceeded, 0x00, 4, 5),
	CXLMB_RSVD_BITS(0x00, 4, 0xFFFFFFC0u),
};
CXLMB_SCHEMA(cxlmb_security_state_rsp_schema, T, 4, 4);
#undef T

#define T struct cxlmb_set_passphrase_req
static const struct cxlmb_field cxlmb_set_passphrase_req_schema_fields[] = {
	CXLMB_E(T, type, 0x00, 1, 1),
	CXLMB_RSVD(0x01, 0x1F),
	CXLMB_BYTES(T, current, 0x20, 32),
	CXLMB_BYTES(T, new_pass, 0x40, 32),
};
CXLMB_SCHEMA(cxlmb_set_passphrase_req_schema, T, 0x60, 0x60);
#undef T

#define T struct cxlmb_passphrase_req
static const struct cxlmb_field cxlmb_passphrase_req_schema_fields[] = {
	CXLMB_E(T, type, 0x00, 1, 1),
	CXLMB_RSVD(0x01, 0x1F),
	CXLMB_BYTES(T, passphrase, 0x20, 32),
};
CXLMB_SCHEMA(cxlmb_passphrase_req_schema, T, 0x40, 0x40);
#undef T

#define T struct cxlmb_unlock_req
static const struct cxlmb_field cxlmb_unlock_req_schema_fields[] = {
	CXLMB_BYTES(T, passphrase, 0x00, 32),
};
CXLMB_SCHEMA(cxlmb_unlock_req_schema, T, 0x20, 0x20);
#undef T

#define T struct cxlmb_security_xfer_req
static const struct cxlmb_field cxlmb_security_xfer_req_schema_fields[] = {
	CXLMB_U(T, protocol, 0x00, 1),
	CXLMB_UF(T, sp_specific, 0x01, 2, CXLMB_FF_HEX),
	CXLMB_RSVD(0x03, 5),
	CXLMB_TAIL(T, data, 0x08, 0),
};
CXLMB_SCHEMA(cxlmb_security_xfer_req_schema, T, 8, 0);
/* 4601h Security Receive input: the same 8-byte header, no data */
const struct cxlmb_schema cxlmb_security_recv_req_schema = {
	.name = CXLMB_NAME_("cxlmb_security_recv_req_schema"),
	.fields = cxlmb_security_xfer_req_schema_fields, .nfields = 3, .st_size = sizeof(T),
	.min_len = 8, .max_len = 8, .entry_size = 8 };
#undef T

#define T struct cxlmb_sld_qos_control
static const struct cxlmb_field cxlmb_sld_qos_control_schema_fields[] = {
	CXLMB_BIT(T, egress_congestion_enable, 0x00, 1, 0),
	CXLMB_BIT(T, throughput_reduction_enable, 0x00, 1, 1),
	CXLMB_RSVD_BITS(0x00, 1, 0xFC),
	CXLMB_E(T, egress_moderate_pct, 0x01, 1, 100),
	CXLMB_E(T, egress_severe_pct, 0x02, 1, 100),
	CXLMB_BITS(T, backpressure_sample_interval, 0x03, 1, 0, 4),
	CXLMB_RSVD_BITS(0x03, 1, 0xF0),
};
CXLMB_SCHEMA(cxlmb_sld_qos_control_schema, T, 4, 4);
#undef T

#define T struct cxlmb_sld_qos_status_rsp
static const struct cxlmb_field cxlmb_sld_qos_status_rsp_schema_fields[] = {
	CXLMB_E(T, backpressure_avg_pct, 0x00, 1, 100),
};
CXLMB_SCHEMA(cxlmb_sld_qos_status_rsp_schema, T, 1, 1);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
