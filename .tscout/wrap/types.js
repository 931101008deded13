"use strict";
// Public types of the wrapping toolkit, kept apart so that every wrap-* file can
// share them without importing each other's code.
Object.defineProperty(exports, "__esModule", { value: true });
