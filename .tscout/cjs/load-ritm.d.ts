export declare function loadRequireInTheMiddle<T>(): T;
