// SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later
// A C++ user: every public header compiles as C++ and links against the C
// library (extern "C"), with the typed inline codecs and the catalog.
#include <cstdio>
#include <cstring>

#include <cxlmb/backend.h>
#include <cxlmb/call.h>
#include <cxlmb/catalog.h>
#include <cxlmb/cci.h>
#include <cxlmb/cmd_events.h>
#include <cxlmb/cmd_fmapi.h>
#include <cxlmb/cmd_generic.h>
#include <cxlmb/cmd_memdev.h>
#include <cxlmb/cxlmb.h>
#include <cxlmb/discover.h>
#include <cxlmb/endpoint.h>
#include <cxlmb/env.h>
#include <cxlmb/error.h>
#include <cxlmb/mbox.h>
#include <cxlmb/schema.h>
#include <cxlmb/version.h>

int main()
{
	static const uint8_t wire[CXLMB_IDENTIFY_RSP_LEN] = {
		0x86, 0x80, 0x93, 0x0d, 0xf4, 0x1a, 0x00, 0x11, 0x01,
		0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b, 0x03};
	cxlmb_identify_rsp id;
	int fails = 0;

	if (cxlmb_identify_rsp_decode(wire, sizeof(wire), CXLMB_STRICT, &id) != CXLMB_E_OK ||
	    id.device_id != 0x0d93 || id.max_msg_size != 0x0b)
		fails++;
	uint8_t again[CXLMB_IDENTIFY_RSP_LEN];
	size_t n = 0;
	if (cxlmb_identify_rsp_encode(&id, again, sizeof(again), &n) != CXLMB_E_OK ||
	    n != sizeof(wire) || std::memcmp(again, wire, n) != 0)
		fails++;
	const cxlmb_cmd *c = cxlmb_cmd_find(0x4000);
	if (!c || std::strcmp(c->ident, "identify_memdev") != 0)
		fails++;
	if (cxlmb_abi_check() != CXLMB_E_OK || cxlmb_version() != CXLMB_VERSION_NUMBER)
		fails++;
	std::printf("consumer_cxx: %s (%s)\n", fails ? "FAILED" : "ok", cxlmb_strerror(CXLMB_E_ROUTE));
	return fails ? 1 : 0;
}
