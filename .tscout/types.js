"use strict";
// Public types shared by the registry, the adapters and the API.
Object.defineProperty(exports, "__esModule", { value: true });
