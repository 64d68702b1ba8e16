/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Health Info and Alerts 4200h-4204h (CXL r3.2 §8.2.10.9.3). */
#include "cxlmb/cmd_memdev.h"

/* left out of builds without the health set (cxlmb/sets.h) */
#if !(defined(CXLMB_NO_SET_HEALTH))

#define T struct cxlmb_get_health_info_rsp
static const struct cxlmb_field cxlmb_get_health_info_rsp_schema_fields[] = {
	CXLMB_BIT(T, maintenance_needed, 0x00, 1, 0),
	CXLMB_BIT(T, performance_degraded, 0x00, 1, 1),
	CXLMB_BIT(T, hw_replacement_needed, 0x00, 1, 2),
	CXLMB_RSVD_BITS(0x00, 1, 0xF8),
	CXLMB_E(T, media_status, 0x01, 1, 9),
	CXLMB_BITS_E(T, life_used_level, 0x02, 1, 0, 2, 2),
	CXLMB_BITS_E(T, temperature_level, 0x02, 1, 2, 2, 2),
	CXLMB_BIT(T, corrected_volatile_over_warning, 0x02, 1, 4),
	CXLMB_BIT(T, corrected_persistent_over_warning, 0x02, 1, 5),
	CXLMB_RSVD_BITS(0x02, 1, 0xC0),
	CXLMB_U(T, life_used, 0x03, 1),
	CXLMB_S(T, temperature, 0x04, 2),
	CXLMB_U(T, dirty_shutdowns, 0x06, 4),
	CXLMB_U(T, corrected_volatile_errors, 0x0A, 4),
	CXLMB_U(T, corrected_persistent_errors, 0x0E, 4),
};
CXLMB_SCHEMA(cxlmb_get_health_info_rsp_schema, T, 0x12, 0x12);
#undef T

/* alert bits: b0 life used, b1 over-temp, b2 under-temp, b3 corrected
 * volatile, b4 corrected persistent; 7:5 reserved */
#define T struct cxlmb_get_alert_config_rsp
static const struct cxlmb_field cxlmb_get_alert_config_rsp_schema_fields[] = {
	CXLMB_BITSF(T, valid_alerts, 0x00, 1, 0, 5, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x00, 1, 0xE0),
	CXLMB_BITSF(T, programmable_alerts, 0x01, 1, 0, 5, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x01, 1, 0xE0),
	CXLMB_U(T, life_used_critical, 0x02, 1),
	CXLMB_U(T, life_used_warning, 0x03, 1),
	CXLMB_S(T, over_temp_critical, 0x04, 2),
	CXLMB_S(T, under_temp_critical, 0x06, 2),
	CXLMB_S(T, over_temp_warning, 0x08, 2),
	CXLMB_S(T, under_temp_warning, 0x0A, 2),
	CXLMB_U(T, corrected_volatile_warning, 0x0C, 2),
	CXLMB_U(T, corrected_persistent_warning, 0x0E, 2),
};
CXLMB_SCHEMA(cxlmb_get_alert_config_rsp_schema, T, 0x10, 0x10);
#undef T

#define T struct cxlmb_set_alert_config_req
static const struct cxlmb_field cxlmb_set_alert_config_req_schema_fields[] = {
	CXLMB_BITSF(T, valid_alert_actions, 0x00, 1, 0, 5, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x00, 1, 0xE0),
	CXLMB_BITSF(T, enable_alert_actions, 0x01, 1, 0, 5, CXLMB_FF_HEX),
	CXLMB_RSVD_BITS(0x01, 1, 0xE0),
	CXLMB_U(T, life_used_warning, 0x02, 1),
	CXLMB_RSVD(0x03, 1),
	CXLMB_S(T, over_temp_warning, 0x04, 2),
	CXLMB_S(T, under_temp_warning, 0x06, 2),
	CXLMB_U(T, corrected_volatile_warning, 0x08, 2),
	CXLMB_U(T, corrected_persistent_warning, 0x0A, 2),
};
CXLMB_SCHEMA(cxlmb_set_alert_config_req_schema, T, 0x0C, 0x0C);
#undef T

#define T struct cxlmb_shutdown_state
static const struct cxlmb_field cxlmb_shutdown_state_schema_fields[] = {
	CXLMB_BIT(T, dirty, 0x00, 1, 0),
	CXLMB_RSVD_BITS(0x00, 1, 0xFE),
};
CXLMB_SCHEMA(cxlmb_shutdown_state_schema, T, 1, 1);
#undef T

#else
typedef int cxlmb_set_left_out_; /* a translation unit is never empty */
#endif
