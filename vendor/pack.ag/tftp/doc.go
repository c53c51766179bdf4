// Copyright (C) 2017 Kale Blankenship. All rights reserved.
// This software may be modified and distributed under the terms
// of the MIT license.  See the LICENSE file for details.

/*
Package tftp provides TFTP client and server implementations.
*/
package tftp // import "pack.ag/tftp"
