<?php
// Our minimal stand-in for generis' report classes (common_report_Report and its newer
// subclass oat\oatbox\reporting\Report): a typed message with data and children, its array form and
// jsonUnserialize(), which the extension uses to hand stored reports back. Written for
// tests/tao (MIT).
// May touch: nothing (declarations only).

namespace {
    class common_report_Report implements \JsonSerializable
    {
        public const TYPE_SUCCESS = 'success';
        public const TYPE_INFO = 'info';
        public const TYPE_WARNING = 'warning';
        public const TYPE_ERROR = 'error';

        private $type;
        private $message;
        private $data;
        private array $children = [];

        public function __construct($type, $message = '', $data = null, array $children = [])
        {
            $this->type = $type;
            $this->message = $message;
            $this->data = $data;
            foreach ($children as $child) {
                $this->add($child);
            }
        }
        public static function createInfo($message, $data = null, array $children = []) { return new static(self::TYPE_INFO, $message, $data, $children); }
        public static function createSuccess($message, $data = null, array $children = []) { return new static(self::TYPE_SUCCESS, $message, $data, $children); }
        public static function createWarning($message, $data = null, array $children = []) { return new static(self::TYPE_WARNING, $message, $data, $children); }
        public static function createError($message, $data = null, array $children = []) { return new static(self::TYPE_ERROR, $message, $data, $children); }
        public static function createFailure($message, $data = null, array $children = []) { return static::createError($message, $data, $children); }

        public function getType() { return $this->type; }
        public function getMessage() { return $this->message; }
        public function setMessage($message) { $this->message = $message; return $this; }
        public function getData() { return $this->data; }
        public function setData($data) { $this->data = $data; return $this; }
        public function getChildren() { return $this->children; }
        public function hasChildren() { return $this->children !== []; }
        public function add($mixed)
        {
            foreach (is_array($mixed) ? $mixed : [$mixed] as $child) {
                $this->children[] = $child;
            }
            return $this;
        }
        public function containsError()
        {
            if ($this->type === self::TYPE_ERROR) {
                return true;
            }
            foreach ($this->children as $child) {
                if ($child->containsError()) {
                    return true;
                }
            }
            return false;
        }
        /** The error reports among the children, and theirs too when $flat. */
        public function getErrors($flat = false)
        {
            $out = [];
            foreach ($this->children as $child) {
                if ($child->getType() === self::TYPE_ERROR) {
                    $out[] = $child;
                }
                if ($flat) {
                    $out = array_merge($out, $child->getErrors(true));
                }
            }
            return $out;
        }
        public function toArray()
        {
            $data = $this->data;
            if ($data instanceof \JsonSerializable) {
                $data = $data->jsonSerialize();
            }
            return [
                'type' => $this->type,
                'message' => $this->message,
                'data' => $data,
                'children' => array_map(fn($c) => $c->toArray(), $this->children),
            ];
        }
        public function jsonSerialize(): mixed { return $this->toArray(); }
        public static function jsonUnserialize($data)
        {
            if (is_string($data)) {
                $data = json_decode($data, true);
            }
            if (!is_array($data) || !isset($data['type'])) {
                return null;
            }
            $report = new static($data['type'], $data['message'] ?? '', $data['data'] ?? null);
            foreach ($data['children'] ?? [] as $child) {
                $report->add(static::jsonUnserialize($child));
            }
            return $report;
        }
        public function __toString() { return (string) $this->message; }
    }
}

namespace oat\oatbox\reporting {
    /** The newer name; generis keeps the old one as its parent. */
    class Report extends \common_report_Report
    {
    }
}
