/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* cxlmb: freestanding CXL mailbox / CCI library.  One include for all. */
#ifndef CXLMB_H
#define CXLMB_H

#include "env.h"
#include "error.h"
#include "schema.h"
#include "catalog.h"
#include "rc_list.h"
#include "cmd_generic.h"
#include "cmd_events.h"
#include "cmd_memdev.h"
#include "cmd_fmapi.h"
#include "backend.h"
#include "mbox.h"
#include "discover.h"
#include "cci.h"
#include "endpoint.h"
#include "call.h"
#include "policy.h"
#include "version.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __cplusplus
}
#endif

#endif
